package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.value.StatisticsGrouping;

/**
 * The published rates over the tasks that fell due between {@code from} and {@code to} (both included), counted by
 * {@code by}. {@code knownAt} replays only the events that had happened by then (a period's figures as of its
 * cut-off); null takes every event known now.
 */
public record FindStatistics(LocalDate from, LocalDate to, StatisticsGrouping by, Instant knownAt) {
}
