package org.directivetracker.api.obstacles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.directivetracker.core.api.value.ObstacleCategory;

/** Bodies of the obstacle writes; Bean Validation checks presence, the value types their rules. */
public final class ObstacleRequests {
    private ObstacleRequests() {
    }

    public record ObstacleRequest(@NotNull ObstacleCategory category, @NotBlank String description) {
    }

    public record ResolutionRequest(@NotBlank String resolution) {
    }
}
