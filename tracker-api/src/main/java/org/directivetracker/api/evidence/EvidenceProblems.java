package org.directivetracker.api.evidence;

import org.directivetracker.api.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals of an upload as problem documents: 413 for a file too large, 415 for a file of no accepted type. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EvidenceProblems {

    private final Problems problems;

    public EvidenceProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(FileTooLargeException.class)
    ResponseEntity<Object> tooLarge(FileTooLargeException e) {
        ProblemDetail problem = problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                String.valueOf(e.maxBytes() / (1024 * 1024)));
        problem.setProperty("maxBytes", e.maxBytes());
        return answer(problem);
    }

    @ExceptionHandler(UnsupportedFileException.class)
    ResponseEntity<Object> unsupported(UnsupportedFileException e) {
        return answer(problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type"));
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
