package org.directivetracker.api.threads;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.FindThread;
import org.directivetracker.core.api.query.ThreadView;
import org.springframework.stereotype.Service;

/** Reads one commune's thread: a commune account reads its own only; a thread that does not exist is not found. */
@Service
public class ThreadReads {
    private final ViewQueries views;

    public ThreadReads(ViewQueries views) {
        this.views = views;
    }

    public ThreadView thread(String id, String commune, Actor actor) {
        ReadAccess.requireMayReadCommune(actor, commune);
        return views.ask(new FindThread(id, commune), ResponseTypes.optionalInstanceOf(ThreadView.class))
                .orElseThrow(() -> new ViewNotFoundException("directive " + id + " has no thread for commune " + commune));
    }
}
