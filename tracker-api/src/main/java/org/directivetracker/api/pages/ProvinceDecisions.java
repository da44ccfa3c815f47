package org.directivetracker.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.pages.PageForms.DeadlineForm;
import org.directivetracker.api.pages.PageForms.GrantForm;
import org.directivetracker.api.pages.PageForms.IssueForm;
import org.directivetracker.api.pages.PageForms.NoteForm;
import org.directivetracker.api.pages.PageForms.ReasonForm;
import org.directivetracker.api.pages.PageForms.ResolveForm;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.directives.DirectiveDecisions;
import org.directivetracker.api.directives.WriteAnswer;
import org.directivetracker.api.directives.WriteRequests.ChangeDeadlineRequest;
import org.directivetracker.api.directives.WriteRequests.GrantRequest;
import org.directivetracker.api.directives.WriteRequests.IssueDirectiveRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.obstacles.ObstacleActions;
import org.directivetracker.api.obstacles.ObstacleRequests.ResolutionRequest;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.directivetracker.api.pages.PageForms.keyed;

/**
 * The leader's decisions: issue a directive, move its deadline, answer a commune's request for more time, accept or
 * return a completion, resolve an obstacle. Each goes through the same application service as the REST API.
 */
@Controller
@RequestMapping("/province/directives")
public class ProvinceDecisions {
    private static final String DIRECTIVE = "/" + ProvincePages.DIRECTIVE_ID;
    private static final String COMMUNE = DIRECTIVE + "/communes/{code:\\d{5}}";

    private final ViewQueries views;
    private final PageReads reads;
    private final DirectiveDecisions decisions;
    private final ObstacleActions obstacles;
    private final PageWrites pageWrites;
    private final CommuneDirectory communes;

    public ProvinceDecisions(ViewQueries views, PageReads reads, DirectiveDecisions decisions,
                             ObstacleActions obstacles, PageWrites pageWrites, CommuneDirectory communes) {
        this.views = views;
        this.reads = reads;
        this.decisions = decisions;
        this.obstacles = obstacles;
        this.pageWrites = pageWrites;
        this.communes = communes;
    }

    // ---------------------------------------------------------------- issue

    @GetMapping("/new")
    String issueForm(Model model) {
        model.addAttribute("issueForm", keyed(new IssueForm()));
        return issuePage(model);
    }

    @PostMapping("/new")
    String issue(@ModelAttribute("issueForm") IssueForm form, BindingResult errors, Actor actor, Model model,
                 RedirectAttributes flash, HttpServletResponse response) {
        IssueDirectiveRequest request = new IssueDirectiveRequest(form.title, form.description, form.reference, form.field,
                form.priority, form.deadline, form.communes == null || form.communes.isEmpty() ? null : form.communes);
        WriteAnswer answer = pageWrites.submit(errors,
                () -> decisions.issue(request, actor, form.requestId(actor)));
        if (answer == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return issuePage(model);
        }
        flash.addFlashAttribute("flash", "flash.issued");
        return "redirect:/province/directives/" + answer.id();
    }

    private String issuePage(Model model) {
        model.addAttribute("communes", communes.all());
        model.addAttribute("priorities", Priority.values());
        return "province/issue";
    }

    // ---------------------------------------------------------------- deadline

    @GetMapping(DIRECTIVE + "/deadline")
    String deadlineForm(@PathVariable String id, Model model) {
        DeadlineForm form = keyed(new DeadlineForm());
        form.deadline = directive(id, model).deadline();
        model.addAttribute("deadlineForm", form);
        return "province/deadline";
    }

    @PostMapping(DIRECTIVE + "/deadline")
    String changeDeadline(@PathVariable String id, @ModelAttribute("deadlineForm") DeadlineForm form, BindingResult errors,
                          Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ChangeDeadlineRequest request = new ChangeDeadlineRequest(form.deadline, form.reason);
        if (pageWrites.submit(errors, () -> decisions.changeDeadline(id, request, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            directive(id, model);
            return "province/deadline";
        }
        return done(id, flash, "flash.deadline");
    }

    // ---------------------------------------------------------------- extension

    @GetMapping(COMMUNE + "/extension")
    String extensionDecision(@PathVariable String id, @PathVariable String code, Model model) {
        CommuneProgressRow row = row(id, code, model);
        GrantForm grant = keyed(new GrantForm());
        grant.deadline = row.requestedDeadline();
        model.addAttribute("grantForm", grant);
        model.addAttribute("denyForm", keyed(new ReasonForm()));
        return "province/extension";
    }

    @PostMapping(COMMUNE + "/extension/grant")
    String grant(@PathVariable String id, @PathVariable String code, @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
                 Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        GrantRequest request = new GrantRequest(form.deadline, form.note);
        if (pageWrites.submit(errors, () -> decisions.grantExtension(id, code, request, actor, form.requestId(actor))) == null) {
            return againWith(id, code, model, response, "province/extension", "denyForm", new ReasonForm());
        }
        return done(id, flash, "flash.granted");
    }

    @PostMapping(COMMUNE + "/extension/deny")
    String deny(@PathVariable String id, @PathVariable String code, @ModelAttribute("denyForm") ReasonForm form, BindingResult errors,
                Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ReasonRequest request = new ReasonRequest(form.reason);
        if (pageWrites.submit(errors, () -> decisions.denyExtension(id, code, request, actor, form.requestId(actor))) == null) {
            return againWith(id, code, model, response, "province/extension", "grantForm", new GrantForm());
        }
        return done(id, flash, "flash.denied");
    }

    // ---------------------------------------------------------------- completion

    @GetMapping(COMMUNE + "/completion")
    String completionDecision(@PathVariable String id, @PathVariable String code, Model model) {
        row(id, code, model);
        model.addAttribute("acceptForm", keyed(new NoteForm()));
        model.addAttribute("returnForm", keyed(new ReasonForm()));
        return "province/completion";
    }

    @PostMapping(COMMUNE + "/completion/accept")
    String accept(@PathVariable String id, @PathVariable String code, @ModelAttribute("acceptForm") NoteForm form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        OptionalNoteRequest request = new OptionalNoteRequest(form.note);
        if (pageWrites.submit(errors, () -> decisions.acceptCompletion(id, code, request, actor, form.requestId(actor))) == null) {
            return againWith(id, code, model, response, "province/completion", "returnForm", new ReasonForm());
        }
        return done(id, flash, "flash.accepted");
    }

    @PostMapping(COMMUNE + "/completion/return")
    String giveBack(@PathVariable String id, @PathVariable String code, @ModelAttribute("returnForm") ReasonForm form, BindingResult errors,
                    Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ReasonRequest request = new ReasonRequest(form.reason);
        if (pageWrites.submit(errors, () -> decisions.returnCompletion(id, code, request, actor, form.requestId(actor))) == null) {
            return againWith(id, code, model, response, "province/completion", "acceptForm", new NoteForm());
        }
        return done(id, flash, "flash.returned");
    }

    // ---------------------------------------------------------------- obstacle

    @GetMapping(COMMUNE + "/obstacles/" + DirectivePaths.OBSTACLE_ID + "/resolve")
    String resolveForm(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId, Model model) {
        row(id, code, model);
        model.addAttribute("obstacle", obstacle(id, code, obstacleId));
        model.addAttribute("resolveForm", keyed(new ResolveForm()));
        return "province/resolve";
    }

    @PostMapping(COMMUNE + "/obstacles/" + DirectivePaths.OBSTACLE_ID + "/resolve")
    String resolve(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                   @ModelAttribute("resolveForm") ResolveForm form, BindingResult errors, Actor actor, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        ResolutionRequest request = new ResolutionRequest(form.resolution);
        if (pageWrites.submit(errors,
                () -> obstacles.resolve(id, code, obstacleId, request, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            row(id, code, model);
            model.addAttribute("obstacle", obstacle(id, code, obstacleId));
            return "province/resolve";
        }
        return done(id, flash, "flash.resolved");
    }

    // ---------------------------------------------------------------- reading

    private DirectiveProgressView directive(String id, Model model) {
        DirectiveProgressView directive = reads.directive(id);
        model.addAttribute("directive", directive);
        return directive;
    }

    private CommuneProgressRow row(String id, String code, Model model) {
        CommuneProgressRow row = PageReads.row(directive(id, model), code);
        model.addAttribute("row", row);
        return row;
    }

    private ObstacleEntry obstacle(String id, String code, String obstacleId) {
        return views.ask(FindObstacles.ofDirective(id, code, null), ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).stream()
                .filter(o -> o.obstacleId().equals(obstacleId)).findFirst()
                .orElseThrow(() -> new PageNotFoundException(obstacleId));
    }

    private String againWith(String id, String code, Model model, HttpServletResponse response, String template,
                             String otherForm, PageForms.Keyed other) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        row(id, code, model);
        model.addAttribute(otherForm, keyed(other));
        return template;
    }

    private static String done(String id, RedirectAttributes flash, String message) {
        flash.addFlashAttribute("flash", message);
        return "redirect:/province/directives/" + id;
    }
}
