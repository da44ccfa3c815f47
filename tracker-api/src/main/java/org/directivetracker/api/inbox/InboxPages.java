package org.directivetracker.api.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.directivetracker.api.directives.DirectiveDecisions;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.directives.WriteRequests.GrantRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.obstacles.ObstacleActions;
import org.directivetracker.api.obstacles.ObstacleRequests.ResolutionRequest;
import org.directivetracker.api.pages.PageController;
import org.directivetracker.api.pages.PageDay;
import org.directivetracker.api.pages.PageWrites;
import org.directivetracker.api.web.InputText;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.InboxItem;
import org.directivetracker.core.api.query.InboxView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox pages. The province's lists what waits on its decision, oldest first, each with the commune's own words,
 * how long it has waited and the decision form right there; a decision goes through the same application services as
 * the REST API and comes back to the inbox. A commune's lists the province's answers it has not read.
 */
@Controller
@PageController
public class InboxPages {
    /** The oldest items a page shows: each carries its decision forms, and what is decided makes room for the next. */
    public static final int PAGE_ROWS = 50;

    private static final String DECIDE = "/province/inbox/" + DirectivePaths.DIRECTIVE_ID + "/{code:\\d{5}}";

    private final Inbox inbox;
    private final DirectiveDecisions decisions;
    private final ObstacleActions obstacles;
    private final PageWrites pageWrites;

    public InboxPages(Inbox inbox, DirectiveDecisions decisions, ObstacleActions obstacles, PageWrites pageWrites) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.obstacles = obstacles;
        this.pageWrites = pageWrites;
    }

    /** A decision's form: which fields count depends on the decision. */
    public static final class DecisionForm {
        public String requestKey = UUID.randomUUID().toString();
        @PageDay
        public LocalDate deadline;
        public String note;
        public String reason;
        public String resolution;
        /** Set when the decision was taken on one directive's items, so that the page comes back to them. */
        public boolean oneDirective;
    }

    /** An item with how many whole days it has waited. */
    public record Waiting(InboxItem item, long days) {
    }

    /** The province's inbox; {@code directive} narrows it to one directive (the dashboard's count links there). */
    @GetMapping("/province/inbox")
    String provinceInbox(@RequestParam(required = false) String directive, Actor actor, Model model) {
        return page(actor, model, InputText.orNull(directive));
    }

    /** A commune's inbox; {@code directive} narrows it to one directive. */
    @GetMapping("/commune/{code:\\d{5}}/inbox")
    String communeInbox(@RequestParam(required = false) String directive, Actor actor, Model model) {
        return page(actor, model, InputText.orNull(directive));
    }

    @PostMapping(DECIDE + "/extension/grant")
    String grant(@PathVariable String id, @PathVariable String code, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                 Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, form, errors, () -> decisions.grantExtension(id, code, new GrantRequest(form.deadline, InputText.orNull(form.note)), actor,
                requestId(actor, form)), "flash.granted", actor, model, flash, response);
    }

    @PostMapping(DECIDE + "/extension/deny")
    String deny(@PathVariable String id, @PathVariable String code, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, form, errors, () -> decisions.denyExtension(id, code, new ReasonRequest(form.reason), actor, requestId(actor, form)),
                "flash.denied", actor, model, flash, response);
    }

    @PostMapping(DECIDE + "/completion/accept")
    String accept(@PathVariable String id, @PathVariable String code, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, form, errors, () -> decisions.acceptCompletion(id, code, new OptionalNoteRequest(InputText.orNull(form.note)), actor,
                requestId(actor, form)), "flash.accepted", actor, model, flash, response);
    }

    @PostMapping(DECIDE + "/completion/return")
    String giveBack(@PathVariable String id, @PathVariable String code, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                    Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, form, errors, () -> decisions.returnCompletion(id, code, new ReasonRequest(form.reason), actor, requestId(actor, form)),
                "flash.returned", actor, model, flash, response);
    }

    @PostMapping(DECIDE + "/obstacles/" + DirectivePaths.OBSTACLE_ID + "/resolve")
    String resolve(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                   @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Actor actor, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        return decide(id, form, errors, () -> obstacles.resolve(id, code, obstacleId, new ResolutionRequest(form.resolution), actor,
                requestId(actor, form)), "flash.resolved", actor, model, flash, response);
    }

    private String decide(String id, DecisionForm form, BindingResult errors, Supplier<?> write, String done, Actor actor, Model model,
                          RedirectAttributes flash, HttpServletResponse response) {
        String onlyDirective = form.oneDirective ? id : null;
        if (pageWrites.submit(errors, write) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actor, model, onlyDirective);
        }
        flash.addFlashAttribute("flash", done);
        if (onlyDirective != null) {
            flash.addAttribute("directive", onlyDirective);
        }
        return "redirect:/province/inbox";
    }

    private String page(Actor actor, Model model, String onlyDirective) {
        Instant now = Instant.now();
        InboxView inboxView = inbox.itemsFor(actor, onlyDirective, PAGE_ROWS);
        List<Waiting> items = inboxView.items().stream().map(item -> new Waiting(item, Duration.between(item.since(), now).toDays())).toList();
        model.addAttribute("items", items);
        model.addAttribute("total", inboxView.total());
        model.addAttribute("onlyDirective", onlyDirective);
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        return "inbox/inbox";
    }

    private static RequestId requestId(Actor actor, DecisionForm form) {
        return RequestId.of(actor.account(), form.requestKey);
    }
}
