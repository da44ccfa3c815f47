package org.directivetracker.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.value.ProvinceTime;

/**
 * One commune's assignment as the statistics need it: when it was assigned, each deadline it was given and each
 * submission, return and acceptance, with the moment each became known, so that it can be replayed as of any instant
 * (a period's cut-off, a week's end) without reading the events again.
 */
final class AssignmentHistory {

    /** The assignment as known at one instant: what the timeliness rules judge. */
    record Known(Stage stage, LocalDate deadline, LocalDate submittedOn) {
    }

    private enum Kind { DEADLINE, SUBMITTED, RETURNED, ACCEPTED, WITHDRAWN }

    private record Fact(Instant at, Kind kind, LocalDate deadline, LocalDate submittedOn) {
    }

    final String communeCode;
    private final Instant assignedAt;
    private final LocalDate firstDeadline;
    private final List<Fact> facts = new ArrayList<>(4);

    AssignmentHistory(String communeCode, Instant assignedAt, LocalDate deadline) {
        this.communeCode = communeCode;
        this.assignedAt = assignedAt;
        this.firstDeadline = deadline;
    }

    void deadlineMoved(Instant at, LocalDate deadline) {
        facts.add(new Fact(at, Kind.DEADLINE, deadline, null));
    }

    void submitted(Instant at) {
        facts.add(new Fact(at, Kind.SUBMITTED, null, ProvinceTime.dateOf(at)));
    }

    void returned(Instant at) {
        facts.add(new Fact(at, Kind.RETURNED, null, null));
    }

    /** Accepted at {@code at}; completion is dated by the accepted submission, judged against {@code deadline}. */
    void accepted(Instant at, Instant submittedAt, LocalDate deadline) {
        // first-stage acceptances may not name the submission: the submission seen before, else the acceptance's day
        facts.add(new Fact(at, Kind.ACCEPTED, deadline, submittedAt == null ? null : ProvinceTime.dateOf(submittedAt)));
    }

    void withdrawn(Instant at) {
        facts.add(new Fact(at, Kind.WITHDRAWN, null, null));
    }

    /**
     * The assignment as the events known at {@code knownAt} left it (null: every event), or null when it was not yet
     * assigned then. Facts are in the order they happened.
     */
    Known asKnownAt(Instant knownAt) {
        if (knownAt != null && assignedAt.isAfter(knownAt)) {
            return null;
        }
        Stage stage = Stage.ASSIGNED;
        LocalDate deadline = firstDeadline;
        LocalDate submittedOn = null;
        for (Fact fact : facts) {
            if (knownAt != null && fact.at().isAfter(knownAt)) {
                break;
            }
            switch (fact.kind()) {
                case DEADLINE -> {
                    if (stage != Stage.COMPLETED) {
                        deadline = fact.deadline();
                    }
                }
                case SUBMITTED -> {
                    stage = Stage.AWAITING_ACCEPTANCE;
                    submittedOn = fact.submittedOn();
                }
                case RETURNED -> {
                    stage = Stage.IN_PROGRESS;
                    submittedOn = null;
                }
                case ACCEPTED -> {
                    stage = Stage.COMPLETED;
                    if (fact.submittedOn() != null) {
                        submittedOn = fact.submittedOn();
                    } else if (submittedOn == null) {
                        submittedOn = ProvinceTime.dateOf(fact.at());
                    }
                    deadline = fact.deadline() != null ? fact.deadline() : deadline;
                }
                case WITHDRAWN -> {
                    if (stage != Stage.COMPLETED) {
                        stage = Stage.WITHDRAWN;
                    }
                }
            }
        }
        return new Known(stage, deadline, submittedOn);
    }
}
