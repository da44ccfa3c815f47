package org.directivetracker.api.notifications;

import org.directivetracker.api.pages.PageController;
import org.directivetracker.core.api.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in account's notifications as a page, newest first; marking one read returns to the page it was marked on. */
@Controller
@PageController
public class NotificationPages {
    private final Notifications notifications;

    public NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String page(Actor actor, Model model) {
        model.addAttribute("notifications", notifications.of(actor));
        return "notifications/notifications";
    }

    @PostMapping("/notifications/{id:[\\w.:-]{1,200}}/read")
    String read(@PathVariable String id, @RequestParam(required = false) String back, Actor actor, RedirectAttributes flash) {
        notifications.markRead(actor, id);
        flash.addFlashAttribute("flash", "flash.read");
        return "redirect:" + (isOwnPath(back) ? back : "/notifications");
    }

    /** Only a path of this site: never another host. */
    private static boolean isOwnPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
    }
}
