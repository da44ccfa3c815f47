package org.directivetracker.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.audit.DirectiveAudit;
import org.directivetracker.api.audit.HistoryEntry;
import org.directivetracker.api.audit.HistoryDownload;
import org.directivetracker.eventstore.export.HistoryExport;
import org.directivetracker.api.audit.HistoryPage;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.web.InputText;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindDirectives;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The auditor's pages: a directive's timeline (who, when, what, in plain language), its state as of a moment, the
 * verification of its hash chain, and the export file. All of it replayed from the event store by the audit service.
 */
@Controller
@RequestMapping("/audit")
public class AuditPages {

    private final ViewQueries views;
    private final DirectiveAudit audit;
    private final TimelineWording wording;

    public AuditPages(ViewQueries views, DirectiveAudit audit, TimelineWording wording) {
        this.views = views;
        this.audit = audit;
        this.wording = wording;
    }

    /** One line of the timeline. */
    public record TimelineLine(HistoryEntry entry, String text) {
    }

    @GetMapping
    String directives(@RequestParam(required = false) String search, Model model) {
        String query = InputText.orNull(search);
        model.addAttribute("directives", views.ask(new FindDirectives(null, null, null, query, null),
                ResponseTypes.multipleInstancesOf(DirectiveSummary.class)));
        model.addAttribute("search", search);
        return "audit/directives";
    }

    @GetMapping("/directives/" + ProvincePages.DIRECTIVE_ID)
    String timeline(@PathVariable String id, @RequestParam(required = false) String at, Actor actor, Model model, Locale locale) {
        List<TimelineLine> lines = new ArrayList<>();
        long from = 0;
        while (true) {
            HistoryPage page = audit.history(id, from, DirectiveAudit.MAX_PAGE, actor);
            page.events().forEach(entry -> lines.add(new TimelineLine(entry, wording.describe(entry, locale))));
            if (page.next() == null || page.events().isEmpty()) {
                break;
            }
            from = page.events().get(page.events().size() - 1).sequence() + 1;
        }
        HistoryEntry first = lines.get(0).entry(); // history() refuses a directive without events
        model.addAttribute("id", id);
        model.addAttribute("title", titleAsIssued(first, id));
        model.addAttribute("lines", lines);
        model.addAttribute("verification", audit.verify(id, actor));
        model.addAttribute("at", at);
        if (at != null && !at.isBlank()) {
            Instant instant = parse(at);
            if (instant == null) {
                model.addAttribute("atInvalid", true);
            } else if (instant.plusSeconds(60).isBefore(first.occurredAt())) {
                model.addAttribute("beforeFirst", true);
            } else {
                // a minute picked in the form means the end of that minute
                model.addAttribute("state", audit.stateAt(id, instant.plusSeconds(60).minusNanos(1), actor));
            }
        }
        return "audit/timeline";
    }

    /** The history file, as the REST API gives it (same content, same file name), on the page's session. */
    @GetMapping("/directives/" + ProvincePages.DIRECTIVE_ID + "/export")
    ResponseEntity<HistoryExport> export(@PathVariable String id, Actor actor) {
        return HistoryDownload.of(id, audit.export(id, actor));
    }

    /** The title the first event gave: the timeline is the directive's own record, even of a withdrawn one. */
    private static String titleAsIssued(HistoryEntry first, String id) {
        JsonNode title = first.payload() == null ? null : first.payload().get("title");
        return title == null ? id : title.asText();
    }

    private static Instant parse(String text) {
        try {
            return PageFormats.parseInputDateTime(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
