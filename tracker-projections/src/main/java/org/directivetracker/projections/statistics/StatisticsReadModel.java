package org.directivetracker.projections.statistics;

import static org.directivetracker.projections.readmodel.Bson.date;
import static org.directivetracker.projections.readmodel.Bson.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.readmodel.FieldUpserts;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

/**
 * The tasks' histories for the statistics: one document per directive ({@code _id} = directive id) with its field
 * and priority and, keyed by event sequence, the facts the statistics replay (assigned, deadline moved, submitted,
 * returned, accepted, withdrawn) with the instant each happened. Keyed by sequence, a redelivered event writes the same
 * fact again and changes nothing. Read through this instance's {@link ReadModelCopy}.
 */
public final class StatisticsReadModel {

    public static final String NAME = "statistics";
    static final String DIRECTIVES = "directives";
    public static final ReadModelRegistration<StatisticsReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DIRECTIVES), StatisticsReadModel::new, StatisticsProjection::new);

    private final ReadModelContext context;
    private final ReadModelContext.Batches<FieldUpserts> batches;
    private final ReadModelCopy<DirectiveTasks> copy;

    public StatisticsReadModel(ReadModelContext context) {
        this.context = context;
        this.batches = context.batches(messages -> new FieldUpserts(context, DIRECTIVES));
        this.copy = context.copy(ReadModelCopy.Loader.documents(DIRECTIVES, StatisticsReadModel::tasksOf));
    }

    void issued(String directiveId, String field, Priority priority) {
        set(directiveId, "field", field);
        set(directiveId, "priority", priority.name());
    }

    void fact(String directiveId, long sequence, Document fact) {
        set(directiveId, "facts." + sequence, fact);
    }

    static Document assigned(String commune, Instant at, LocalDate deadline) {
        return new Document("k", "assigned").append("c", commune).append("at", instant(at)).append("d", date(deadline));
    }

    static Document deadlineMoved(List<String> communes, Instant at, LocalDate deadline) {
        return new Document("k", "deadline").append("cs", communes).append("at", instant(at)).append("d", date(deadline));
    }

    static Document commune(String kind, String commune, Instant at) {
        return new Document("k", kind).append("c", commune).append("at", instant(at));
    }

    static Document accepted(String commune, Instant at, Instant submittedAt, LocalDate deadline) {
        return commune("accepted", commune, at).append("s", instant(submittedAt)).append("d", date(deadline));
    }

    static Document withdrawn(Instant at) {
        return new Document("k", "withdrawn").append("at", instant(at));
    }

    private void set(String directiveId, String field, Object value) {
        batches.handle(batch -> batch.set(directiveId, field, value));
    }

    /** Which version of the histories {@link #directives()} returns (see {@link ReadModelCopy#version()}). */
    public String version() {
        return copy.version();
    }

    /** Every directive that was issued, with its tasks' histories; must not be changed. */
    Collection<DirectiveTasks> directives() {
        return copy.current().values();
    }

    /** An index of the histories, kept up to date from the directives each batch changed (see {@link ReadModelCopy.Index}). */
    <R> R index(ReadModelCopy.Index<DirectiveTasks, R> index) {
        return copy.index(index);
    }

    /** Something computed once per version of the histories (see {@link ReadModelCopy#derived}). */
    <R> R derived(Object key, java.util.function.Function<Collection<DirectiveTasks>, R> derive) {
        return copy.derived(key, values -> derive.apply(values.values()));
    }

    /** Folds a directive's facts, in the order of their sequences, into its tasks' histories. */
    private static DirectiveTasks tasksOf(Document directive) {
        Map<Long, Document> inOrder = new TreeMap<>();
        Document facts = directive.get("facts", Document.class);
        if (facts != null) {
            facts.forEach((sequence, fact) -> inOrder.put(Long.parseLong(sequence), (Document) fact));
        }
        Map<String, AssignmentHistory> assignments = new LinkedHashMap<>();
        for (Document fact : inOrder.values()) {
            Instant at = instant(fact.getString("at"));
            String commune = fact.getString("c");
            AssignmentHistory assignment = commune == null ? null : assignments.get(commune);
            switch (fact.getString("k")) {
                case "assigned" -> assignments.put(commune, new AssignmentHistory(commune, at, date(fact.getString("d"))));
                case "deadline" -> {
                    for (String moved : fact.getList("cs", String.class)) {
                        if (assignments.containsKey(moved)) {
                            assignments.get(moved).deadlineMoved(at, date(fact.getString("d")));
                        }
                    }
                }
                case "extended" -> {
                    if (assignment != null) {
                        assignment.deadlineMoved(at, date(fact.getString("d")));
                    }
                }
                case "submitted" -> {
                    if (assignment != null) {
                        assignment.submitted(at);
                    }
                }
                case "returned" -> {
                    if (assignment != null) {
                        assignment.returned(at);
                    }
                }
                case "accepted" -> {
                    if (assignment != null) {
                        assignment.accepted(at, instant(fact.getString("s")), date(fact.getString("d")));
                    }
                }
                case "withdrawn" -> assignments.values().forEach(task -> task.withdrawn(at));
                default -> throw new IllegalStateException("unknown statistics fact " + fact.getString("k"));
            }
        }
        String priority = directive.getString("priority");
        return new DirectiveTasks(directive.getString("_id"), directive.getString("field"),
                priority == null ? Priority.NORMAL : Priority.valueOf(priority), null, new ArrayList<>(assignments.values()));
    }
}
