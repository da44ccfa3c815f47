package org.directivetracker.api.threads;

import java.util.UUID;

import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;

/** The thread page's forms: public fields bound directly; a fresh request key makes a resent form write once. */
final class ThreadForms {
    private ThreadForms() {
    }

    static class Keyed {
        public String requestKey = UUID.randomUUID().toString();

        RequestId requestId(Actor actor) {
            return RequestId.of(actor.account(), requestKey);
        }
    }

    static final class MessageForm extends Keyed {
        public String text;
    }

    static final class UrgeForm extends Keyed {
        public String note;
    }
}
