package org.directivetracker.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;

/** One commune's assignment inside a {@link DirectiveState}: what the events said, nothing judged yet. */
public final class CommuneProgress {

    final String code;
    Stage stage = Stage.ASSIGNED;
    int percent;
    LocalDate deadline;
    LocalDate originalDeadline;
    Instant assignedAt;
    Instant acknowledgedAt;
    Instant lastReportAt;
    /** The pending submission while awaiting acceptance, the accepted one once completed. */
    Instant submittedAt;
    Instant completedAt;
    LocalDate requestedDeadline;
    /** Open obstacle id to the time it was raised. */
    final SortedMap<String, Instant> openObstacles = new TreeMap<>();
    long lastSequence = -1;

    CommuneProgress(String code) {
        this.code = code;
    }

    /** Where the commune stands; timeliness is judged by {@link #timeliness(LocalDate)}. */
    public Timeliness timeliness(LocalDate asOf) {
        return Timeliness.judge(stage, deadline, submittedOn(), asOf);
    }

    public LocalDate submittedOn() {
        return submittedAt == null ? null : ProvinceTime.dateOf(submittedAt);
    }

    public CommuneProgressRow row(LocalDate asOf, CommuneDirectory names) {
        return new CommuneProgressRow(code, names.nameOf(code), stage, timeliness(asOf), percent, deadline, originalDeadline,
                isBlocked(), openObstacles.size(), lastReportAt, acknowledgedAt, submittedOn(), requestedDeadline);
    }

    public boolean isBlocked() {
        return !openObstacles.isEmpty();
    }

    public String code() {
        return code;
    }

    public Stage stage() {
        return stage;
    }

    public int percent() {
        return percent;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate originalDeadline() {
        return originalDeadline;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant lastReportAt() {
        return lastReportAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public LocalDate requestedDeadline() {
        return requestedDeadline;
    }

    public SortedMap<String, Instant> openObstacles() {
        return Collections.unmodifiableSortedMap(openObstacles);
    }

    /** The sequence of the last event of this directive that changed this commune. */
    public long lastSequence() {
        return lastSequence;
    }
}
