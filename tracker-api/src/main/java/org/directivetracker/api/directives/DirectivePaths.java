package org.directivetracker.api.directives;

/**
 * The path patterns of a directive, of one commune's assignment to it and of an obstacle, shared by the REST writes and
 * the pages. An id is letters, digits, '_', '.' and '-' ({@code \w} is {@code [A-Za-z0-9_]}): written as the shorter
 * class, the check costs half as much per character, and Spring MVC runs it for every mapping that shares the prefix.
 */
public final class DirectivePaths {
    public static final String DIRECTIVE_ID = "{id:[\\w.-]{1,100}}";
    public static final String OBSTACLE_ID = "{obstacleId:[\\w.-]{1,100}}";
    public static final String ASSIGNMENT = "/api/directives/" + DIRECTIVE_ID + "/communes/{code:\\d{5}}";

    private DirectivePaths() {
    }
}
