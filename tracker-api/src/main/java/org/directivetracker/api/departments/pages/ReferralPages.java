package org.directivetracker.api.departments.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.departments.pages.ReferralForms.EscalationForm;
import org.directivetracker.api.departments.pages.ReferralForms.ReferralForm;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.obstacles.ObstacleActions;
import org.directivetracker.api.obstacles.ObstacleRequests.EscalationRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ReferralRequest;
import org.directivetracker.api.pages.PageWrites;
import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.stereotype.Controller;
import org.directivetracker.api.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/**
 * The leader refers an obstacle to a department (from the register or the obstacle's page), and a commune chair
 * escalates an answer that did not help; one small form per page, made for a phone. Security has already checked
 * the role (province pages) or that the path's commune is the account's own.
 */
@Controller
@PageController
public class ReferralPages {
    private static final String OBSTACLE = "/obstacles/" + DirectivePaths.OBSTACLE_ID;
    static final String REFER = "/province/directives/" + DirectivePaths.DIRECTIVE_ID + "/communes/{code:\\d{5}}" + OBSTACLE + "/refer";
    static final String ESCALATE = "/commune/{code:\\d{5}}/directives/" + DirectivePaths.DIRECTIVE_ID + OBSTACLE + "/escalate";
    /** The answer-by date the form proposes: two weeks, the usual time a department is given to answer. */
    private static final int PROPOSED_DAYS = 14;

    private final ViewQueries views;
    private final ObstacleActions obstacles;
    private final PageWrites pageWrites;
    private final DepartmentDirectory departments;

    public ReferralPages(ViewQueries views, ObstacleActions obstacles, PageWrites pageWrites, DepartmentDirectory departments) {
        this.views = views;
        this.obstacles = obstacles;
        this.pageWrites = pageWrites;
        this.departments = departments;
    }

    @GetMapping(REFER)
    String referralForm(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId, Model model) {
        ReferralForm form = new ReferralForm();
        form.answerBy = LocalDate.now(ProvinceTime.ZONE).plusDays(PROPOSED_DAYS);
        model.addAttribute("referralForm", form);
        return referralPage(id, code, obstacleId, model);
    }

    @PostMapping(REFER)
    String refer(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                 @ModelAttribute("referralForm") ReferralForm form, BindingResult errors, Actor actor, Model model,
                 RedirectAttributes flash, HttpServletResponse response) {
        ReferralRequest request = new ReferralRequest(form.department, form.answerBy, form.note);
        if (pageWrites.submit(errors, () -> obstacles.refer(id, code, obstacleId, request, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return referralPage(id, code, obstacleId, model);
        }
        flash.addFlashAttribute("flash", "flash.referred");
        return "redirect:/province/obstacles";
    }

    @GetMapping(ESCALATE)
    String escalationForm(@PathVariable String code, @PathVariable String id, @PathVariable String obstacleId, Model model) {
        model.addAttribute("escalationForm", new EscalationForm());
        return escalationPage(id, code, obstacleId, model);
    }

    @PostMapping(ESCALATE)
    String escalate(@PathVariable String code, @PathVariable String id, @PathVariable String obstacleId,
                    @ModelAttribute("escalationForm") EscalationForm form, BindingResult errors, Actor actor, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        EscalationRequest request = new EscalationRequest(form.reason);
        if (pageWrites.submit(errors, () -> obstacles.escalate(id, code, obstacleId, request, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return escalationPage(id, code, obstacleId, model);
        }
        flash.addFlashAttribute("flash", "flash.escalated");
        return "redirect:/commune/" + code;
    }

    private String referralPage(String id, String code, String obstacleId, Model model) {
        addObstacle(id, code, obstacleId, model);
        model.addAttribute("departments", departments.all());
        return "departments/refer";
    }

    private String escalationPage(String id, String code, String obstacleId, Model model) {
        addObstacle(id, code, obstacleId, model);
        return "departments/escalate";
    }

    /** The directive, the commune's row and the obstacle, as the pages show them above the form. */
    private void addObstacle(String id, String code, String obstacleId, Model model) {
        DirectiveProgressView directive = views.ask(new FindDirectiveProgress(id, null),
                ResponseTypes.optionalInstanceOf(DirectiveProgressView.class))
                .orElseThrow(() -> new ViewNotFoundException("there is no directive " + id));
        model.addAttribute("directive", directive);
        model.addAttribute("row", directive.communes().stream().filter(row -> row.code().equals(code)).findFirst()
                .orElseThrow(() -> new ViewNotFoundException("directive " + id + " is not assigned to " + code)));
        model.addAttribute("obstacle", views.ask(FindObstacles.ofDirective(id, code, null),
                        ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).stream()
                .filter(o -> o.obstacleId().equals(obstacleId)).findFirst()
                .orElseThrow(() -> new ViewNotFoundException("there is no obstacle " + obstacleId)));
    }
}
