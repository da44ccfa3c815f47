package org.directivetracker.core.api.value;

import java.util.List;

/** The directive a meeting's conclusion asks for: issued, with these terms, when the conclusion notice is issued. */
public record NewDirective(Title title, Description description, Deadline deadline, List<CommuneCode> communes) {

    public NewDirective {
        communes = communes == null ? null : List.copyOf(communes);
    }
}
