package org.directivetracker.api.obstacles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** Bodies of the obstacle writes; Bean Validation checks presence, the value types their rules. */
public final class ObstacleRequests {
    private ObstacleRequests() {
    }

    /** A new obstacle: the code of one of the configured categories (e.g. {@code EQUIPMENT}) and what stands in the way. */
    public record ObstacleRequest(@NotBlank String category, @NotBlank String description) {
    }

    public record ResolutionRequest(@NotBlank String resolution) {
    }

    /** The province refers an obstacle: the department's code (e.g. SXD), the date to answer by, an optional note. */
    public record ReferralRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,11}", message = "must be a department code such as SXD") String department,
            @NotNull LocalDate answerBy, String note) {
    }

    public record AnswerRequest(@NotBlank String answer) {
    }

    public record EscalationRequest(@NotBlank String reason) {
    }
}
