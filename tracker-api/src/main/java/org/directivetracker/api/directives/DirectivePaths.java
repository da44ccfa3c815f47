package org.directivetracker.api.directives;

/** The path patterns of a directive and of one commune's assignment to it, shared by the REST writes. */
public final class DirectivePaths {
    public static final String DIRECTIVE_ID = "{id:[A-Za-z0-9_.-]{1,100}}";
    public static final String ASSIGNMENT = "/api/directives/" + DIRECTIVE_ID + "/communes/{code:\\d{5}}";

    private DirectivePaths() {
    }
}
