package org.directivetracker.api.readmodels;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.domain.NotPermittedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds a read model from the event store ({@code directive-states}, {@code obstacle-register},
 * {@code briefing-changes}) while the old one keeps serving; answers when the new one serves. PROVINCE only.
 */
@RestController
@RequestMapping("/api/admin/read-models")
public class ReadModelAdminController {

    private final ReadModelRebuilder rebuilder;

    public ReadModelAdminController(ReadModelRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping("/{name}/rebuild")
    public ReadModelRebuilder.Report rebuild(@PathVariable String name, Actor actor) {
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("rebuilding a read model is reserved to the province's accounts");
        }
        return rebuilder.rebuild(name);
    }
}
