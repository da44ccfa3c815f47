package org.directivetracker.api.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.directivetracker.api.security.Actors;
import org.directivetracker.api.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that matches nothing: under {@code /api} the problem document the API answers everywhere, anywhere else
 * the not-found page in the reader's language, never raw JSON in a browser.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PageErrors {
    private final Problems problems;

    public PageErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object nothingHere(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.nothingHere());
        }
        ModelAndView page = new ModelAndView("not-found", HttpStatus.NOT_FOUND);
        page.addObject("actor", Actors.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null));
        page.addObject("currentPath", path);
        return page;
    }
}
