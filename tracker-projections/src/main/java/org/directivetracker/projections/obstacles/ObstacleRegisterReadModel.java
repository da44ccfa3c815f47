package org.directivetracker.projections.obstacles;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static org.directivetracker.projections.readmodel.Bson.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.messaging.Message;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.readmodel.ChangeLog;
import org.directivetracker.projections.readmodel.IdLookups;
import org.directivetracker.projections.readmodel.ReadModelCollections;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The obstacle register in MongoDB: one document per directive ({@code _id} = directive id) holding its title, when it
 * was withdrawn or closed, its obstacles keyed by obstacle id and the last sequence applied. Each event is written as
 * it is handled; each batch of events reads ahead the last sequences of the directives it records (one {@code $in}),
 * and its {@link ChangeLog} entry names the directives it touched. Reads come from this instance's {@link ReadModelCopy}: one lookup
 * while nothing changed.
 */
public final class ObstacleRegisterReadModel {

    public static final String NAME = "obstacle-register";
    static final String DIRECTIVES = "directives";
    public static final ReadModelRegistration<ObstacleRegisterReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DIRECTIVES), ObstacleRegisterReadModel::new, ObstacleRegisterProjection::new);

    private final ReadModelContext context;
    private final ReadModelCollections collections;
    private final ReadModelCopy<List<StoredObstacle>> copy;
    private final ReadModelContext.Batches<Batch> batches;

    public ObstacleRegisterReadModel(ReadModelContext context) {
        this.context = context;
        this.collections = context.collections();
        this.batches = context.batches(Batch::new);
        this.copy = context.copy(new ObstacleLoader());
    }

    /** The events the register records. */
    private static boolean records(Object payload) {
        return payload instanceof DirectiveIssued || payload instanceof DirectiveWithdrawn || payload instanceof DirectiveClosed
                || payload instanceof ObstacleRaised || payload instanceof ObstacleResolved
                || payload instanceof ObstacleReferred || payload instanceof ObstacleAnswered
                || payload instanceof ObstacleEscalated;
    }

    public void nameDirective(String directiveId, String title, long sequence) {
        batches.handle(batch -> batch.applyOnce(directiveId, sequence, Updates.set("title", title)));
    }

    /** The directive was withdrawn or closed: its obstacles still open wait on no one from then on. */
    public void endDirective(String directiveId, Instant endedAt, long sequence) {
        batches.handle(batch -> batch.applyOnce(directiveId, sequence, Updates.set("endedAt", instant(endedAt))));
    }

    public void raise(String directiveId, String communeCode, String obstacleId, String category, String description,
            Instant raisedAt, long sequence) {
        Document obstacle = new Document("obstacleId", obstacleId)
                .append("communeCode", communeCode)
                .append("category", category)
                .append("description", description)
                .append("raisedAt", instant(raisedAt))
                .append("resolvedAt", null)
                .append("resolution", null);
        batches.handle(batch -> batch.applyOnce(directiveId, sequence, Updates.set(path(obstacleId), obstacle)));
    }

    public void resolve(String directiveId, String obstacleId, String resolution, Instant resolvedAt, long sequence) {
        batches.handle(batch -> batch.applyOnce(directiveId, sequence, Updates.combine(
                Updates.set(path(obstacleId) + ".resolvedAt", instant(resolvedAt)),
                Updates.set(path(obstacleId) + ".resolution", resolution))));
    }

    /** A referral, answer or escalation: one more step in the obstacle's list, in the order of the directive's events. */
    public void step(String directiveId, String obstacleId, ObstacleStep step, long sequence) {
        Document stored = new Document("kind", step.kind().name())
                .append("at", instant(step.at()))
                .append("department", step.department())
                .append("answerBy", org.directivetracker.projections.readmodel.Bson.date(step.answerBy()))
                .append("text", step.text());
        batches.handle(batch -> batch.applyOnce(directiveId, sequence, Updates.push(path(obstacleId) + ".steps", stored)));
    }

    /** The last sequence of each directive of a batch, read ahead at its first event; each event is written as handled. */
    private final class Batch implements ReadModelContext.Pending {
        /** By directive id; null when read and not found. */
        private final Map<String, Long> lastSequences = new HashMap<>();

        Batch(List<? extends Message<?>> messages) {
            Set<String> directiveIds = new LinkedHashSet<>();
            for (Message<?> message : messages) {
                if (records(message.getPayload())) {
                    directiveIds.add(((DirectiveEvent) message.getPayload()).directiveId());
                }
            }
            readLastSequences(directiveIds);
        }

        /**
         * Applies the change unless the directive's document already took this sequence (a redelivery). The directive
         * is logged either way: a redelivery after a crash before the log entry was written must still tell other
         * instances' copies.
         */
        void applyOnce(String directiveId, long sequence, Bson change) {
            context.touch(directiveId);
            if (!lastSequences.containsKey(directiveId)) {
                readLastSequences(List.of(directiveId));
            }
            Long last = lastSequences.get(directiveId);
            if (last != null && last >= sequence) {
                return;
            }
            directives().updateOne(eq("_id", directiveId), Updates.combine(change, Updates.set("lastSequence", sequence)),
                    new UpdateOptions().upsert(true));
            lastSequences.put(directiveId, sequence);
        }

        private void readLastSequences(Collection<String> directiveIds) {
            for (Document stored : IdLookups.byIds(directives(), directiveIds, Projections.include("lastSequence"))) {
                lastSequences.put(stored.getString("_id"), stored.get("lastSequence", Number.class).longValue());
            }
            directiveIds.forEach(id -> lastSequences.putIfAbsent(id, null));
        }

        @Override
        public void write() {
            // each event was written as it was handled
        }
    }

    private static String path(String obstacleId) {
        return "obstacles." + org.directivetracker.projections.readmodel.Bson.key(obstacleId);
    }

    /** Which version of the register {@link #all()} now reads (see {@link ReadModelCopy#version()}). */
    public String version() {
        return copy.version();
    }

    /**
     * Every obstacle raised by the end of the day as its entry on that day, open ones first and longest open first;
     * kept with the copy from version to version (see {@link RegisterOn}).
     */
    public Collection<ObstacleEntry> entriesOn(LocalDate day, CommuneDirectory names, DepartmentDirectory departments) {
        return copy.index(new RegisterOn(day, names, departments)).values();
    }

    /** {@link #entriesOn(LocalDate, CommuneDirectory, DepartmentDirectory)} of one commune, from an index by commune. */
    public Collection<ObstacleEntry> entriesOn(LocalDate day, String communeCode, CommuneDirectory names, DepartmentDirectory departments) {
        Map<ObstacleEntry, ObstacleEntry> ofCommune = copy.index(new CommuneRegisterOn(new RegisterOn(day, names, departments))).get(communeCode);
        return ofCommune == null ? List.of() : ofCommune.values();
    }

    /** {@link #entriesOn(LocalDate, CommuneDirectory, DepartmentDirectory)} of one directive, from its obstacles alone. */
    public List<ObstacleEntry> entriesOf(String directiveId, LocalDate day, CommuneDirectory names, DepartmentDirectory departments) {
        List<StoredObstacle> obstacles = copy.current().get(directiveId);
        return obstacles == null ? List.of() : new RegisterOn(day, names, departments).entriesOf(obstacles);
    }

    /** Every obstacle ever raised, with its directive's title. */
    public List<StoredObstacle> all() {
        List<StoredObstacle> obstacles = new ArrayList<>();
        copy.current().values().forEach(obstacles::addAll);
        return obstacles;
    }

    /** Reads directives' obstacles back: of every directive that has any, or of the directives named. */
    private static final class ObstacleLoader implements ReadModelCopy.Loader<List<StoredObstacle>> {

        @Override
        public Map<String, List<StoredObstacle>> all(ReadModelCollections collections) {
            return byDirective(collections.get(DIRECTIVES).find(exists("obstacles")));
        }

        @Override
        public Map<String, List<StoredObstacle>> byKeys(ReadModelCollections collections, Collection<String> directiveIds) {
            return byDirective(IdLookups.byIds(collections.get(DIRECTIVES), directiveIds, null));
        }

        private static Map<String, List<StoredObstacle>> byDirective(Iterable<Document> directives) {
            Map<String, List<StoredObstacle>> byDirective = new HashMap<>();
            for (Document directive : directives) {
                Document stored = directive.get("obstacles", Document.class);
                if (stored == null) {
                    continue; // named, but no obstacle raised yet
                }
                List<StoredObstacle> obstacles = new ArrayList<>();
                for (Object value : stored.values()) {
                    Document obstacle = (Document) value;
                    obstacles.add(new StoredObstacle(obstacle.getString("obstacleId"), directive.getString("_id"),
                            directive.getString("title"), instant(directive.getString("endedAt")), obstacle.getString("communeCode"),
                            obstacle.getString("category"), obstacle.getString("description"),
                            instant(obstacle.getString("raisedAt")), instant(obstacle.getString("resolvedAt")),
                            obstacle.getString("resolution"), stepsOf(obstacle)));
                }
                byDirective.put(directive.getString("_id"), List.copyOf(obstacles));
            }
            return byDirective;
        }
    }

    private static List<ObstacleStep> stepsOf(Document obstacle) {
        List<Document> stored = obstacle.getList("steps", Document.class);
        if (stored == null) {
            return List.of();
        }
        return stored.stream().map(step -> new ObstacleStep(ObstacleStep.Kind.valueOf(step.getString("kind")),
                instant(step.getString("at")), step.getString("department"),
                org.directivetracker.projections.readmodel.Bson.date(step.getString("answerBy")), step.getString("text")))
                .toList();
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVES);
    }

}
