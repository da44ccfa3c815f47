package org.directivetracker.api.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.directivetracker.api.pages.PageDay;
import org.directivetracker.api.pages.PageMoment;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;

/**
 * The meeting pages' forms: public fields bound directly, named like the request fields whose refusals they show; a
 * fresh request key makes a resent form write once.
 */
final class MeetingForms {
    private MeetingForms() {
    }

    static class Keyed {
        public String requestKey = UUID.randomUUID().toString();

        RequestId requestId(Actor actor) {
            return RequestId.of(actor.account(), requestKey);
        }
    }

    static final class ScheduleForm extends Keyed {
        public String title;
        /** In the province's time. */
        @PageMoment
        public LocalDateTime startsAt;
        public List<String> communes = new ArrayList<>();
    }

    static final class AttendanceForm extends Keyed {
        public String commune;
        public Boolean present;
        public String representative;
    }

    static final class ConclusionForm extends Keyed {
        public String text;
        public String commune;
        /** "directiveId" or "directiveId/obstacleId": what of the commune's work the conclusion is about. */
        public String about;
        public NewDirectiveFields newDirective = new NewDirectiveFields();
        public ReferralFields referTo = new ReferralFields();
    }

    static final class NewDirectiveFields {
        public String title;
        public String description;
        @PageDay
        public LocalDate deadline;
        public List<String> communes = new ArrayList<>();

        boolean isAsked() {
            return title != null && !title.isBlank();
        }
    }

    static final class ReferralFields {
        public String department;
        @PageDay
        public LocalDate answerBy;

        boolean isAsked() {
            return department != null && !department.isBlank();
        }
    }

    static final class NoticeForm extends Keyed {
        public String number;
    }
}
