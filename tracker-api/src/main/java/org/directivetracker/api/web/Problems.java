package org.directivetracker.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** RFC 9457 problem documents: the one shape of every error answer. */
public final class Problems {
    private Problems() {
    }

    /** One bad field of a request, as the client named it. */
    public record FieldError(String field, String reason) {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail unauthorized() {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                "sign in with a valid account or token");
    }

    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Not permitted", detail);
    }

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    /** Nothing is mapped at the requested path. */
    public static ProblemDetail nothingHere() {
        return notFound("there is nothing at this address");
    }

    public static ProblemDetail tooLarge(long maxBytes) {
        return of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                "a request body may have at most " + maxBytes + " bytes");
    }

    /** A failure known only by its status: type and title derived from the status itself. */
    public static ProblemDetail ofStatus(HttpStatus status, String detail) {
        return of(status, status.name().toLowerCase(Locale.ROOT).replace('_', '-'), status.getReasonPhrase(), detail);
    }

    /** For filters, which answer before Spring MVC's message converters are involved. */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
