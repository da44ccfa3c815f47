package org.directivetracker.core.api.query;

/** A commune with overdue assignments, ranked by how many (then due soon, then blocked). */
public record CommuneRanking(int rank, String communeCode, String communeName, int overdue, int dueSoon, int blocked, int assigned) {
}
