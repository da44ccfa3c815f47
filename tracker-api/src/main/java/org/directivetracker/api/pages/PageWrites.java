package org.directivetracker.api.pages;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.domain.DirectiveRuleViolation;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.domain.UnknownReferenceException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.function.Supplier;

/**
 * Sends a page's form through the feature's application service (the same request records, the same translation
 * into commands, the same idempotency by key as the REST API) and puts whatever is refused back on the form: a bad value next to its
 * field, a broken rule of the directive above the form. Every text shown comes from the message bundles, keyed by
 * field or by rule; the domain's English sentence is only the fallback.
 */
@Component
public class PageWrites {
    private final ProjectionCatchUp catchUp;

    public PageWrites(ProjectionCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    /**
     * Writes through the application service, which checks every field of the request at once; returns the write's
     * answer, or null when the form has errors. After a write the views have caught up with it.
     */
    public <R> R submit(BindingResult form, Supplier<R> write) {
        if (form.hasErrors()) {
            return null; // a value that did not even convert (a date, a number) is already on the form
        }
        try {
            R answer = write.get();
            catchUp.awaitWrites();
            return answer;
        } catch (RuntimeException e) {
            putOnForm(refusalIn(e), form);
            return null;
        }
    }

    private static void putOnForm(RuntimeException refusal, BindingResult form) {
        if (refusal instanceof InvalidRequestException invalid) {
            for (FieldError error : invalid.errors()) {
                rejectField(form, error.field());
            }
        } else if (refusal instanceof InvalidValueException invalid) {
            rejectField(form, invalid.field());
        } else if (refusal instanceof DirectiveRuleViolation || refusal instanceof UnknownReferenceException
                || refusal instanceof NotPermittedException) {
            form.reject("rule." + refusal.getClass().getSimpleName(), refusal.getMessage());
        } else if (refusal instanceof ConcurrencyException) {
            form.reject("rule.concurrent", refusal.getMessage());
        } else {
            throw refusal;
        }
    }

    /** A command's failure may arrive wrapped; the page answers what it wraps. */
    private static RuntimeException refusalIn(RuntimeException e) {
        if (e instanceof CommandExecutionException && e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        return e;
    }

    private static void rejectField(BindingResult form, String field) {
        String name = field.replaceAll("\\[\\d+]$", ""); // communes[3] is shown at the commune picker
        if (form.getFieldErrorCount(name) > 0) {
            return;
        }
        if (hasProperty(form, name)) {
            form.rejectValue(name, "invalid." + name);
        } else {
            form.reject("invalid." + name);
        }
    }

    private static boolean hasProperty(BindingResult form, String name) {
        try {
            return form.getFieldType(name) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
