package org.directivetracker.api.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Looking into the arrays of a JSON answer. */
public final class JsonArrays {
    private JsonArrays() {
    }

    /** Whether the array holds an element whose field has the value. */
    public static boolean has(JsonNode array, String field, String value) {
        if (array == null || !array.isArray()) {
            return false;
        }
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText(null))) {
                return true;
            }
        }
        return false;
    }

    /** The array's element whose field has the value; fails the test when there is none. */
    public static JsonNode element(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText(null))) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }
}
