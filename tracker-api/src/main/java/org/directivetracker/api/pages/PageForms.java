package org.directivetracker.api.pages;

import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the pages' forms bind: public fields (bound directly, see {@link PageAdvice}), named like the fields of the
 * REST request they become, so a refused field is shown where it was typed. {@code requestKey} is generated when the
 * form is shown: sending the same form twice writes once.
 */
final class PageForms {
    private PageForms() {
    }

    abstract static class Keyed {
        public String requestKey;

        /** The write's request id, derived from the form's key as the API derives it from an Idempotency-Key. */
        RequestId requestId(Actor actor) {
            return RequestId.of(actor.account(), requestKey);
        }
    }

    /** The form with a fresh key: a resubmitted form sends the same key, so the write happens once. */
    static <F extends Keyed> F keyed(F form) {
        form.requestKey = UUID.randomUUID().toString();
        return form;
    }

    static final class AcknowledgeForm extends Keyed {
    }

    static final class ProgressForm extends Keyed {
        public Integer percent;
        public String note;
    }

    static final class ObstacleForm extends Keyed {
        public String category;
        public String description;
    }

    static final class ExtensionForm extends Keyed {
        @PageDay
        public LocalDate deadline;
        public String reason;
    }

    static final class CompletionForm extends Keyed {
        public String summary;
    }

    static final class IssueForm extends Keyed {
        public String title;
        public String description;
        public String reference;
        public String field;
        public Priority priority = Priority.NORMAL;
        @PageDay
        public LocalDate deadline;
        public List<String> communes = new ArrayList<>();
    }

    static final class DeadlineForm extends Keyed {
        @PageDay
        public LocalDate deadline;
        public String reason;
    }

    static final class GrantForm extends Keyed {
        @PageDay
        public LocalDate deadline;
        public String note;
    }

    /** Deny an extension, return a completion. */
    static final class ReasonForm extends Keyed {
        public String reason;
    }

    /** Accept a completion. */
    static final class NoteForm extends Keyed {
        public String note;
    }

    static final class ResolveForm extends Keyed {
        public String resolution;
    }
}
