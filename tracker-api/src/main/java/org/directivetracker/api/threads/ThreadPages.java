package org.directivetracker.api.threads;

import jakarta.servlet.http.HttpServletResponse;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.pages.PageController;
import org.directivetracker.api.pages.PageWrites;
import org.directivetracker.api.pages.UnitNames;
import org.directivetracker.api.threads.ThreadForms.MessageForm;
import org.directivetracker.api.threads.ThreadForms.UrgeForm;
import org.directivetracker.api.threads.ThreadRequests.MessageRequest;
import org.directivetracker.api.threads.ThreadRequests.UrgeRequest;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.ThreadView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One commune's thread as a page, for the commune ({@code /commune/{code}/directives/{id}/thread}) and for the
 * province ({@code /province/directives/{id}/communes/{code}/thread}): every entry in order, a message form for both
 * sides and the urging form for the province. Page security has already checked the path's commune or the role.
 */
@Controller
@PageController
public class ThreadPages {
    private static final String ID = DirectivePaths.DIRECTIVE_ID;
    private static final String CODE = "{code:\\d{5}}";
    static final String COMMUNE_SIDE = "/commune/" + CODE + "/directives/" + ID + "/thread";
    static final String PROVINCE_SIDE = "/province/directives/" + ID + "/communes/" + CODE + "/thread";

    private final ThreadReads reads;
    private final ThreadMessages messages;
    private final PageWrites pageWrites;
    private final UnitNames units;

    public ThreadPages(ThreadReads reads, ThreadMessages messages, PageWrites pageWrites, UnitNames units) {
        this.reads = reads;
        this.messages = messages;
        this.pageWrites = pageWrites;
        this.units = units;
    }

    @GetMapping({COMMUNE_SIDE, PROVINCE_SIDE})
    String thread(@PathVariable String id, @PathVariable String code, Actor actor, Model model) {
        model.addAttribute("messageForm", new MessageForm());
        model.addAttribute("urgeForm", new UrgeForm());
        return page(id, code, actor, model);
    }

    @PostMapping({COMMUNE_SIDE + "/messages", PROVINCE_SIDE + "/messages"})
    String post(@PathVariable String id, @PathVariable String code, @ModelAttribute("messageForm") MessageForm form,
                BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        MessageRequest request = new MessageRequest(form.text);
        if (pageWrites.submit(errors, () -> messages.post(id, code, request, actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("urgeForm", new UrgeForm());
            return page(id, code, actor, model);
        }
        flash.addFlashAttribute("flash", "flash.message");
        return "redirect:" + threadPath(id, code, actor);
    }

    @PostMapping(PROVINCE_SIDE + "/urge")
    String urge(@PathVariable String id, @PathVariable String code, @ModelAttribute("urgeForm") UrgeForm form,
                BindingResult errors, Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        UrgeRequest request = new UrgeRequest(form.note);
        if (pageWrites.submit(errors, () -> {
            messages.urge(id, code, request, actor, form.requestId(actor));
            return Boolean.TRUE;
        }) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("messageForm", new MessageForm());
            return page(id, code, actor, model);
        }
        flash.addFlashAttribute("flash", "flash.urged");
        return "redirect:" + threadPath(id, code, actor);
    }

    private String page(String id, String code, Actor actor, Model model) {
        ThreadView thread = reads.thread(id, code, actor);
        model.addAttribute("thread", thread);
        model.addAttribute("unitName", units.name(code));
        model.addAttribute("threadPath", threadPath(id, code, actor));
        model.addAttribute("provinceSide", actor.role() == Role.PROVINCE);
        model.addAttribute("writable", !thread.withdrawn() && !thread.closed() && actor.role() != Role.AUDITOR);
        return "threads/thread";
    }

    /** The thread's address on the actor's own side. */
    static String threadPath(String id, String code, Actor actor) {
        return actor.role() == Role.COMMUNE
                ? "/commune/" + code + "/directives/" + id + "/thread"
                : "/province/directives/" + id + "/communes/" + code + "/thread";
    }
}
