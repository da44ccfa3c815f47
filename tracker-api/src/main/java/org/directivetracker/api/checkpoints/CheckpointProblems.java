package org.directivetracker.api.checkpoints;

import org.directivetracker.api.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The checkpoints' own refusal: this instance was not given the province's key. */
@RestControllerAdvice(assignableTypes = CheckpointController.class)
public class CheckpointProblems {
    private final Problems problems;

    public CheckpointProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CheckpointsUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(CheckpointsUnavailableException e) {
        ProblemDetail problem = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "checkpoints-unavailable");
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
