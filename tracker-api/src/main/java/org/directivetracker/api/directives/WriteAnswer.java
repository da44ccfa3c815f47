package org.directivetracker.api.directives;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer of a write: the ids it concerned or created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(String id, String commune, String obstacleId) {

    public static WriteAnswer directive(String id) {
        return new WriteAnswer(id, null, null);
    }

    public static WriteAnswer commune(String id, String commune) {
        return new WriteAnswer(id, commune, null);
    }

    public static WriteAnswer obstacle(String id, String commune, String obstacleId) {
        return new WriteAnswer(id, commune, obstacleId);
    }
}
