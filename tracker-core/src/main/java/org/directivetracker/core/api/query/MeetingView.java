package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.status.MeetingStage;

/**
 * A meeting as its page and the REST API show it: whom it invited (in agenda order as scheduled), who attended, what
 * it concluded, and its notice once issued.
 */
public record MeetingView(String id, String title, Instant startsAt, MeetingStage state, List<String> communes,
                          List<Attendance> attendance, List<Conclusion> conclusions, Notice notice) {

    public MeetingView {
        communes = List.copyOf(communes);
        attendance = List.copyOf(attendance);
        conclusions = List.copyOf(conclusions);
    }

    /** An invited commune's attendance, as last recorded. */
    public record Attendance(String commune, boolean present, String representative, Instant recordedAt) {
    }

    /**
     * A conclusion, in the order recorded. {@code issuedDirectiveId} is the id the notice derived for its new directive
     * (null before the notice, or when it asks for none); {@code directiveIssued} says whether that directive exists yet.
     */
    public record Conclusion(String id, String text, String directiveId, String commune, String obstacleId,
                             NewDirective newDirective, String issuedDirectiveId, boolean directiveIssued,
                             Instant recordedAt) {
    }

    /** The directive a conclusion asks for. */
    public record NewDirective(String title, String description, LocalDate deadline, List<String> communes) {
    }

    /** The conclusion notice: its number, when and by whom it was issued, and the directives it issues. */
    public record Notice(String number, Instant issuedAt, String issuedBy, List<String> directiveIds) {
    }
}
