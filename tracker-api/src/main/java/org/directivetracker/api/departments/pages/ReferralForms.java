package org.directivetracker.api.departments.pages;

import org.directivetracker.api.pages.PageDay;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the referral pages' forms bind, named like the REST request fields so a refused field is shown where it was
 * typed. {@code requestKey} is generated when the form is shown: sending the same form twice writes once.
 */
final class ReferralForms {
    private ReferralForms() {
    }

    abstract static class Keyed {
        public String requestKey = UUID.randomUUID().toString();

        RequestId requestId(Actor actor) {
            return RequestId.of(actor.account(), requestKey);
        }
    }

    static final class ReferralForm extends Keyed {
        public String department;
        @PageDay
        public LocalDate answerBy;
        public String note;
    }

    static final class AnswerForm extends Keyed {
        public String answer;
    }

    static final class EscalationForm extends Keyed {
        public String reason;
    }
}
