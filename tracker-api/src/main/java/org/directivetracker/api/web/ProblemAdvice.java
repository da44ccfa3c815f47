package org.directivetracker.api.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.domain.DirectiveRuleViolation;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.domain.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures become answers: RFC 9457 problem documents with a status, a title and a detail a user
 * can act on. The domain's messages state its rules for users and are passed on; nothing else from an exception
 * (class names, stack traces, internal messages) leaves the service.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final RefusalLog refusals;
    private final Problems problems;

    public ProblemAdvice(RefusalLog refusals, Problems problems) {
        this.refusals = refusals;
        this.problems = problems;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e) {
        return problem(problems.invalid(e.errors()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e) {
        return problem(problems.invalid(List.of(new FieldError(e.field(), e.reason()))));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Object> notPermitted(NotPermittedException e, HttpServletRequest request) {
        refusals.refused(request, e.getMessage());
        return problem(problems.forbidden(e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        refusals.refused(request, "access denied");
        return problem(problems.forbidden());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return problem(problems.unauthorized());
    }

    /** The firewall refused a header or parameter when it was read (control characters, for example). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return problem(Problems.ofStatus(HttpStatus.BAD_REQUEST, "the request holds characters that are not allowed"));
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<Object> unknownReference(UnknownReferenceException e) {
        return problem(problems.notFound(e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownDirective(AggregateNotFoundException e) {
        return problem(problems.unknownDirective(String.valueOf(e.getAggregateIdentifier())));
    }

    @ExceptionHandler(DirectiveRuleViolation.class)
    ResponseEntity<Object> ruleViolation(DirectiveRuleViolation e) {
        return problem(problems.withDetail(HttpStatus.CONFLICT, "rule-violation", e.getMessage()));
    }

    /** Two writes raced for the same directive and this one lost; nothing of it was stored. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException e) {
        return problem(problems.of(HttpStatus.CONFLICT, "concurrent-change"));
    }

    /** A command failure delivered wrapped (e.g. from a remote handler): answered by what it wraps. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e, HttpServletRequest request, WebRequest webRequest) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Exception wrapped && !(cause instanceof CommandExecutionException)) {
            ResponseEntity<Object> answer = dispatch(wrapped, request, webRequest);
            if (answer != null) {
                return answer;
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<Object> storeUnavailable(EventStoreException e) {
        log.error("event store failure", e);
        return problem(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable"));
    }

    @ExceptionHandler(ViewsBusyException.class)
    ResponseEntity<Object> viewsBusy(ViewsBusyException e) {
        log.warn("answered 503: {}", e.getMessage());
        ProblemDetail problem = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "views-busy");
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(ViewsBusyException.RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("unexpected failure, incident {}", incident, e);
        ProblemDetail problem = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", incident);
        problem.setProperty("incident", incident);
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Optional<BodySizeLimitFilter.BodyTooLargeException> tooLarge = causeOfType(e, BodySizeLimitFilter.BodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return problem(problems.tooLarge(tooLarge.get().maxBytes()));
        }
        Optional<JsonMappingException> mapping = causeOfType(e, JsonMappingException.class);
        if (mapping.isPresent() && !mapping.get().getPath().isEmpty()) {
            return problem(problems.invalid(List.of(new FieldError(pathOf(mapping.get()), reasonOf(mapping.get())))));
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return problem(problems.invalid(List.of(new FieldError("body", "the request needs a JSON body"))));
        }
        return problem(problems.invalid(List.of(new FieldError("body", "is not well-formed JSON"))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return problem(problems.nothingHere());
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return problem(problems.nothingHere());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(problems.invalid(List.of(new FieldError(e.getName(), expectation(e.getRequiredType())))));
    }

    /** Spring MVC's own failures (405, 415, missing header, ...): their status, with a plain detail. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        ProblemDetail problem = Problems.ofStatus(status,
                body instanceof ProblemDetail detail && detail.getDetail() != null ? detail.getDetail() : status.getReasonPhrase());
        return ResponseEntity.status(statusCode).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> dispatch(Exception e, HttpServletRequest request, WebRequest webRequest) throws Exception {
        if (e instanceof InvalidValueException invalid) {
            return invalidValue(invalid);
        }
        if (e instanceof NotPermittedException notPermitted) {
            return notPermitted(notPermitted, request);
        }
        if (e instanceof UnknownReferenceException unknown) {
            return unknownReference(unknown);
        }
        if (e instanceof AggregateNotFoundException notFound) {
            return unknownDirective(notFound);
        }
        if (e instanceof DirectiveRuleViolation violation) {
            return ruleViolation(violation);
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException) {
            return concurrentChange((RuntimeException) e);
        }
        return null;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Unknown fields are ignored (spring.jackson.deserialization.fail-on-unknown-properties), so never a reason. */
    private static String reasonOf(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatched) {
            return expectation(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class) {
            return "must be an instant (ISO-8601, e.g. 2026-03-01T08:00:00Z)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be a text";
        }
        return "has a value of the wrong type";
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
