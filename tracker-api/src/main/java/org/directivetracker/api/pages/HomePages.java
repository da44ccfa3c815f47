package org.directivetracker.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.directivetracker.core.api.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The way in: the login page, each role's start page, and the 403 page. */
@Controller
public class HomePages {

    @GetMapping("/")
    String start(Actor actor) {
        switch (actor.role()) {
            case PROVINCE:
                return "redirect:/province";
            case COMMUNE:
                return "redirect:/commune/" + actor.commune().value();
            case DEPARTMENT:
                return "redirect:/department";
            default:
                return "redirect:/audit";
        }
    }

    @GetMapping(PageSecurityConfiguration.LOGIN)
    String login() {
        return "login";
    }

    /** Where a refused request is forwarded (any method), with its 403 status. */
    @RequestMapping(PageSecurityConfiguration.DENIED)
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "denied";
    }
}
