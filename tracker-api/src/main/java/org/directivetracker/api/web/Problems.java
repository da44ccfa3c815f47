package org.directivetracker.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem documents, the one shape of every error answer of the API, as Spring's {@link ProblemDetail}.
 * Titles and fixed details come from the message bundles ({@code problem.<type>.title}, {@code .detail}) in the
 * language the client asks for with {@code Accept-Language} (Vietnamese or English); English when it asks none, as
 * the API's other texts (field reasons, the directive's rules) are English.
 */
@Component
public class Problems {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, VIETNAMESE);

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** One bad field of a request, as the client named it. */
    public record FieldError(String field, String reason) {
    }

    /** A problem whose detail is given (a rule of the directive, a refusal naming what was refused). */
    public ProblemDetail withDetail(HttpStatus status, String type, String detail) {
        return withDetail(languageOf(currentRequest()), status, type, detail);
    }

    private ProblemDetail withDetail(Locale language, HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(text(language, "problem." + type + ".title"));
        return problem;
    }

    /** A problem whose detail is the bundle's own for its type. */
    public ProblemDetail of(HttpStatus status, String type, Object... detailArguments) {
        return withDetail(status, type, text("problem." + type + ".detail", detailArguments));
    }

    public ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", errors.size());
        problem.setProperty("errors", errors);
        return problem;
    }

    public ProblemDetail unauthorized() {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    public ProblemDetail forbidden(String detail) {
        return withDetail(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    /** Refused without a rule of ours to name (Spring Security's own refusal). */
    public ProblemDetail forbidden() {
        return of(HttpStatus.FORBIDDEN, "forbidden");
    }

    public ProblemDetail notFound(String detail) {
        return withDetail(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    /** Nothing is mapped at the requested path. */
    public ProblemDetail nothingHere() {
        return of(HttpStatus.NOT_FOUND, "not-found");
    }

    public ProblemDetail unknownDirective(String id) {
        return notFound(text("problem.unknown-directive.detail", id));
    }

    public ProblemDetail tooLarge(long maxBytes) {
        return tooLarge(maxBytes, currentRequest());
    }

    /** For the body size filter, which runs before Spring's request context holds the request. */
    public ProblemDetail tooLarge(long maxBytes, HttpServletRequest request) {
        Locale language = languageOf(request);
        return withDetail(language, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                text(language, "problem.body-too-large.detail", String.valueOf(maxBytes)));
    }

    /** For filters: a problem whose detail is the bundle's own for its type, in the request's language. */
    public ProblemDetail localized(HttpServletRequest request, HttpStatus status, String type) {
        Locale language = languageOf(request);
        return withDetail(language, status, type, text(language, "problem." + type + ".detail"));
    }

    /** For filters: bad fields of a request, in the request's language. */
    public ProblemDetail invalid(List<FieldError> errors, HttpServletRequest request) {
        Locale language = languageOf(request);
        ProblemDetail problem = withDetail(language, HttpStatus.BAD_REQUEST, "invalid-request",
                text(language, "problem.invalid-request.detail", errors.size()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A failure known only by its status: type and title derived from the status itself. */
    public static ProblemDetail ofStatus(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + status.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** For filters, which answer before Spring MVC's message converters are involved. */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Vietnamese or English as the request's Accept-Language prefers; English without a preference. */
    public static Locale languageOf(HttpServletRequest request) {
        String accepted = request == null ? null : request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accepted), LANGUAGES);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH; // a malformed header is no reason to fail the error answer
        }
    }

    private String text(String key, Object... arguments) {
        return text(languageOf(currentRequest()), key, arguments);
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, language);
    }

    /** The request being answered, if any (none in a unit test: English). */
    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
