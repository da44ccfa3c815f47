package org.directivetracker.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.directivetracker.api.web.ViewsBusyException;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.domain.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.UUID;

/**
 * For the page controllers only, ahead of the API's problem documents: failures become HTML pages in the user's
 * language, forms bind their public fields, and every page knows who is signed in.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class, annotations = PageController.class)
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

    /** What was typed into this page's form before the session expired, to be put back (pages.js); null mostly. */
    @ModelAttribute("keptForm")
    String keptForm(jakarta.servlet.http.HttpServletRequest request) {
        return KeptForms.takeFor(request);
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

    /** A value in the address that does not read (a date typed by hand): the user's mistake, a 400 page, never a failure. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badValue(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "bad-request";
    }

    /** A view that did not answer in time: the service is busy, the page may be loaded again shortly. */
    @ExceptionHandler(ViewsBusyException.class)
    public String busy(ViewsBusyException e, HttpServletResponse response) {
        log.warn("page answered 503: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ViewsBusyException.RETRY_AFTER_SECONDS));
        return "busy";
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
