package org.directivetracker.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.domain.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.UUID;

/**
 * For the page controllers only, ahead of the API's problem documents: failures become HTML pages in the user's
 * language, forms bind their public fields, and every page knows who is signed in.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class, basePackages = "org.directivetracker.api.departments.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageAdvice {
    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return org.directivetracker.api.security.Actors.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
    }

    /** The page's own address, for the language switch. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler(NotPermittedException.class)
    String notPermitted(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "denied";
    }

    @ExceptionHandler({UnknownReferenceException.class, AggregateNotFoundException.class, PageNotFoundException.class})
    String notFound(RuntimeException e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        String incident = UUID.randomUUID().toString();
        log.error("page failed unexpectedly, incident {}", incident, e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("incident", incident);
        return "failure";
    }
}
