package org.directivetracker.api.departments.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.departments.pages.ReferralForms.AnswerForm;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.obstacles.ObstacleActions;
import org.directivetracker.api.obstacles.ObstacleRequests.AnswerRequest;
import org.directivetracker.api.pages.PageWrites;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.WaitingOn;
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

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A department's page: the obstacles referred to it, those it still owes an answer first and the longest waiting
 * first, each with an answer form; then those it answered that are still open. Security lets only department
 * accounts in, and each reads its own department's referrals.
 */
@Controller
@PageController
public class DepartmentPages {
    static final String HOME = "/department";
    static final String ANSWER = HOME + "/directives/" + DirectivePaths.DIRECTIVE_ID + "/communes/{code:\\d{5}}"
            + "/obstacles/" + DirectivePaths.OBSTACLE_ID + "/answer";
    /** Owing an answer first, then the longest waiting. */
    private static final Comparator<ObstacleEntry> BY_AGE = Comparator
            .comparing((ObstacleEntry o) -> o.waitingOn() != WaitingOn.DEPARTMENT)
            .thenComparing(ObstacleEntry::waitingSince);

    private final ViewQueries views;
    private final ObstacleActions obstacles;
    private final PageWrites pageWrites;
    private final DepartmentDirectory departments;

    public DepartmentPages(ViewQueries views, ObstacleActions obstacles, PageWrites pageWrites, DepartmentDirectory departments) {
        this.views = views;
        this.obstacles = obstacles;
        this.pageWrites = pageWrites;
        this.departments = departments;
    }

    @GetMapping(HOME)
    String referrals(Actor actor, Model model) {
        return page(actor, model, null);
    }

    @PostMapping(ANSWER)
    String answer(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                  @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        AnswerRequest request = new AnswerRequest(form.answer);
        if (pageWrites.submit(errors, () -> obstacles.answer(id, code, obstacleId, request, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actor, model, obstacleId);
        }
        flash.addFlashAttribute("flash", "flash.answered");
        return "redirect:" + HOME;
    }

    /** The page; {@code refused} names the obstacle whose answer form carries the refused answer, if any. */
    private String page(Actor actor, Model model, String refused) {
        String department = actor.department().value();
        List<ObstacleEntry> referred = views.ask(new FindObstacles(true, null, null, null, null, department),
                ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).stream().sorted(BY_AGE).toList();
        model.addAttribute("departmentName", departments.nameOf(department));
        model.addAttribute("referrals", referred);
        model.addAttribute("refused", refused);
        // each answer form's key: this page's key and the obstacle, so that sending one form twice writes once
        model.addAttribute("pageKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm());
        }
        return "departments/home";
    }
}
