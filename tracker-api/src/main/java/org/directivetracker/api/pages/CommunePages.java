package org.directivetracker.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.pages.PageForms.AcknowledgeForm;
import org.directivetracker.api.pages.PageForms.CompletionForm;
import org.directivetracker.api.pages.PageForms.ExtensionForm;
import org.directivetracker.api.pages.PageForms.ObstacleForm;
import org.directivetracker.api.pages.PageForms.ProgressForm;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.directives.CommuneReports;
import org.directivetracker.api.obstacles.ObstacleActions;
import org.directivetracker.api.directives.WriteRequests.CompletionRequest;
import org.directivetracker.api.directives.WriteRequests.ExtensionRequest;
import org.directivetracker.api.directives.WriteRequests.ProgressRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ObstacleRequest;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.CommuneAssignment;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindThread;
import org.directivetracker.core.api.query.InboxView;
import org.directivetracker.core.api.query.ThreadView;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.api.obstacles.ObstacleCategoryProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.directivetracker.api.pages.PageForms.keyed;

/**
 * A commune chair's pages: "my commune" with its directives by urgency, one directive with the commune's own row,
 * and one small form per report (acknowledge, progress, obstacle, more time, completion). Security has already
 * checked that the path's commune is the account's own.
 */
@Controller
@RequestMapping("/commune/{code:\\d{5}}")
public class CommunePages {
    private static final String DIRECTIVE = "/directives/" + DirectivePaths.DIRECTIVE_ID;

    private final ViewQueries views;
    private final PageReads reads;
    private final CommuneReports reports;
    private final ObstacleActions obstacles;
    private final PageWrites pageWrites;
    private final ObstacleCategoryProperties categories;

    public CommunePages(ViewQueries views, PageReads reads, CommuneReports reports, ObstacleActions obstacles, PageWrites pageWrites,
                        ObstacleCategoryProperties categories) {
        this.views = views;
        this.reads = reads;
        this.reports = reports;
        this.obstacles = obstacles;
        this.pageWrites = pageWrites;
        this.categories = categories;
    }

    /** Assignments a commune's page lists per group at most, the most urgent first: a phone must not load a province's history. */
    static final int COMMUNE_PAGE_ROWS = 1_000;

    @GetMapping
    String myCommune(@PathVariable String code, Model model) {
        CommuneStatusView status = views.ask(new FindCommuneStatus(code, null), ResponseTypes.instanceOf(CommuneStatusView.class));
        if (status == null) {
            throw new PageNotFoundException("commune " + code);
        }
        model.addAttribute("status", status);
        Map<String, List<CommuneAssignment>> whole = byUrgency(status.assignments());
        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        Map<String, List<CommuneAssignment>> groups = new LinkedHashMap<>();
        whole.forEach((group, assignments) -> {
            groupSizes.put(group, assignments.size());
            groups.put(group, assignments.size() <= COMMUNE_PAGE_ROWS ? assignments : assignments.subList(0, COMMUNE_PAGE_ROWS));
        });
        model.addAttribute("groups", groups);
        model.addAttribute("groupSizes", groupSizes);
        model.addAttribute("groupsLimited", groupSizes.values().stream().anyMatch(size -> size > COMMUNE_PAGE_ROWS));
        model.addAttribute("communeRows", COMMUNE_PAGE_ROWS);
        model.addAttribute("withdrawReasons", withdrawReasons(code, groups.get("withdrawn")));
        return "commune/home";
    }

    /** Why each withdrawn directive was withdrawn, from the commune's thread. */
    private Map<String, String> withdrawReasons(String code, List<CommuneAssignment> withdrawn) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (CommuneAssignment assignment : withdrawn) {
            views.ask(new FindThread(assignment.directiveId(), code), ResponseTypes.optionalInstanceOf(ThreadView.class))
                    .flatMap(thread -> thread.entries().stream().filter(entry -> "WITHDRAWN".equals(entry.kind())).findFirst())
                    .ifPresent(entry -> reasons.put(assignment.directiveId(), entry.text()));
        }
        return reasons;
    }

    /** Overdue, due soon, on track, completed, then withdrawn apart; each keeps the view's order (nearest deadline first). */
    static Map<String, List<CommuneAssignment>> byUrgency(List<CommuneAssignment> assignments) {
        Map<String, List<CommuneAssignment>> groups = new LinkedHashMap<>();
        groups.put("overdue", new ArrayList<>());
        groups.put("dueSoon", new ArrayList<>());
        groups.put("onTrack", new ArrayList<>());
        groups.put("completed", new ArrayList<>());
        groups.put("withdrawn", new ArrayList<>());
        for (CommuneAssignment assignment : assignments) {
            Timeliness timeliness = assignment.timeliness();
            if (timeliness == null || assignment.stage() == org.directivetracker.core.api.status.Stage.WITHDRAWN) {
                groups.get("withdrawn").add(assignment); // nothing left to do, but the chair must see that and why
                continue;
            }
            String group = timeliness == Timeliness.OVERDUE ? "overdue"
                    : timeliness == Timeliness.DUE_SOON ? "dueSoon"
                    : timeliness == Timeliness.ON_TRACK ? "onTrack" : "completed";
            groups.get(group).add(assignment);
        }
        return groups;
    }

    @GetMapping(DIRECTIVE)
    String directive(@PathVariable String code, @PathVariable String id, Actor actor, Model model) {
        model.addAttribute("acknowledgeForm", keyed(new AcknowledgeForm()));
        return directivePage(code, id, actor, model);
    }

    @PostMapping(DIRECTIVE + "/acknowledge")
    String acknowledge(@PathVariable String code, @PathVariable String id, @ModelAttribute("acknowledgeForm") AcknowledgeForm form,
                       BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (pageWrites.submit(errors, () -> reports.acknowledge(id, code, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return directivePage(code, id, actor, model);
        }
        return done(code, id, flash, "flash.acknowledged");
    }

    @GetMapping(DIRECTIVE + "/progress")
    String progressForm(@PathVariable String code, @PathVariable String id, Model model) {
        CommuneProgressRow row = addDirective(code, id, model);
        ProgressForm form = keyed(new ProgressForm());
        form.percent = row.percent();
        model.addAttribute("progressForm", form);
        return "commune/progress";
    }

    @PostMapping(DIRECTIVE + "/progress")
    String reportProgress(@PathVariable String code, @PathVariable String id, @ModelAttribute("progressForm") ProgressForm form,
                          BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ProgressRequest request = new ProgressRequest(form.percent, form.note);
        if (pageWrites.submit(errors, () -> reports.reportProgress(id, code, request, actor, form.requestId(actor))) == null) {
            return again(code, id, model, response, "commune/progress");
        }
        return done(code, id, flash, "flash.progress");
    }

    @GetMapping(DIRECTIVE + "/obstacle")
    String obstacleForm(@PathVariable String code, @PathVariable String id, Model model) {
        addDirective(code, id, model);
        model.addAttribute("obstacleForm", keyed(new ObstacleForm()));
        model.addAttribute("categories", categories.codes());
        return "commune/obstacle";
    }

    @PostMapping(DIRECTIVE + "/obstacle")
    String raiseObstacle(@PathVariable String code, @PathVariable String id, @ModelAttribute("obstacleForm") ObstacleForm form,
                         BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ObstacleRequest request = new ObstacleRequest(form.category, form.description);
        if (pageWrites.submit(errors, () -> obstacles.raise(id, code, request, actor, form.requestId(actor))) == null) {
            model.addAttribute("categories", categories.codes());
            return again(code, id, model, response, "commune/obstacle");
        }
        return done(code, id, flash, "flash.obstacle");
    }

    @GetMapping(DIRECTIVE + "/extension")
    String extensionForm(@PathVariable String code, @PathVariable String id, Model model) {
        addDirective(code, id, model);
        model.addAttribute("extensionForm", keyed(new ExtensionForm()));
        return "commune/extension";
    }

    @PostMapping(DIRECTIVE + "/extension")
    String requestExtension(@PathVariable String code, @PathVariable String id, @ModelAttribute("extensionForm") ExtensionForm form,
                            BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ExtensionRequest request = new ExtensionRequest(form.deadline, form.reason);
        if (pageWrites.submit(errors, () -> reports.requestExtension(id, code, request, actor, form.requestId(actor))) == null) {
            return again(code, id, model, response, "commune/extension");
        }
        return done(code, id, flash, "flash.extension");
    }

    @GetMapping(DIRECTIVE + "/completion")
    String completionForm(@PathVariable String code, @PathVariable String id, Model model) {
        addDirective(code, id, model);
        model.addAttribute("completionForm", keyed(new CompletionForm()));
        return "commune/completion";
    }

    @PostMapping(DIRECTIVE + "/completion")
    String submitCompletion(@PathVariable String code, @PathVariable String id, @ModelAttribute("completionForm") CompletionForm form,
                            BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        CompletionRequest request = new CompletionRequest(form.summary);
        if (pageWrites.submit(errors, () -> reports.submitCompletion(id, code, request, actor, form.requestId(actor))) == null) {
            return again(code, id, model, response, "commune/completion");
        }
        return done(code, id, flash, "flash.completion");
    }

    /** The directive with the commune's own row, as every page of it shows above its form. */
    private CommuneProgressRow addDirective(String code, String id, Model model) {
        DirectiveProgressView directive = reads.directive(id);
        CommuneProgressRow row = PageReads.row(directive, code);
        model.addAttribute("directive", directive);
        model.addAttribute("row", row);
        return row;
    }

    /** The directive's own page also lists the commune's open obstacles on it. */
    private String directivePage(String code, String id, Actor actor, Model model) {
        addDirective(code, id, model);
        model.addAttribute("obstacles", reads.openObstacles(id, code));
        if (actor.role() == Role.COMMUNE) { // the province's answers on this directive the chair has not read yet
            model.addAttribute("unreadAnswers", views.ask(new FindInbox(Role.COMMUNE, code, actor.account(), id, 0),
                    ResponseTypes.instanceOf(InboxView.class)).total());
        }
        return "commune/directive";
    }

    /** The same form again with what was typed and what was wrong with it. */
    private String again(String code, String id, Model model, HttpServletResponse response, String template) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        addDirective(code, id, model);
        return template;
    }

    /** Back to the directive the chair reported on, with the confirmation: the chair sees the report where it belongs. */
    private static String done(String code, String id, RedirectAttributes flash, String message) {
        flash.addFlashAttribute("flash", message);
        return "redirect:/commune/" + code + "/directives/" + id;
    }
}
