package org.directivetracker.api.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

/** Bodies of the meetings' writes; lengths and forms are the value types' rules. */
public final class MeetingRequests {
    private MeetingRequests() {
    }

    /** {@code communes} absent or empty: every commune of the province. */
    public record ScheduleRequest(String title, Instant startsAt, List<String> communes) {
    }

    public record AttendanceRequest(String commune, Boolean present, String representative) {
    }

    /**
     * A conclusion, optionally about a directive, a commune and an obstacle, optionally asking for a new directive;
     * {@code referTo} refers the obstacle it is about to a department in the same step.
     */
    public record ConclusionRequest(String text, String directiveId, String commune, String obstacleId,
                                    @Valid NewDirectiveRequest newDirective, ReferralRequest referTo) {
    }

    public record NewDirectiveRequest(String title, String description, LocalDate deadline, List<String> communes) {
    }

    public record ReferralRequest(String department, LocalDate answerBy) {
    }

    public record NoticeRequest(String number) {
    }

    public record Created(String id) {
    }

    public record ConclusionCreated(String conclusionId) {
    }

    public record NoticeAnswer(String number, List<String> directiveIds) {
    }
}
