package org.directivetracker.projections.obstacles;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.store.Bson.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.projections.store.ChangeLog;
import org.directivetracker.projections.store.EventBatches;
import org.directivetracker.projections.store.IdLookups;
import org.directivetracker.projections.store.ReadModelCollections;
import org.directivetracker.projections.store.ReadModelCopy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The obstacle register in MongoDB: one document per directive ({@code _id} = directive id) holding its title, its
 * obstacles keyed by obstacle id and the last sequence applied, plus an index document listing the directives that
 * have obstacles. Each batch of events logs the directives it touched ({@link ChangeLog}) once its documents are
 * written, and reads come from this instance's {@link ReadModelCopy}: one lookup while nothing changed.
 */
public final class ObstacleRegisterReadModel {

    public static final String NAME = "obstacle-register";
    static final String DIRECTIVES = "directives";
    static final String INDEX = "index";
    static final String WITH_OBSTACLES = "with-obstacles";

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final ReadModelCollections collections;
    private final ChangeLog changeLog;
    private final ReadModelCopy<List<StoredObstacle>> copy;
    private final String batchKey = ObstacleRegisterReadModel.class.getName() + "#" + INSTANCES.incrementAndGet();

    public ObstacleRegisterReadModel(ReadModelCollections collections) {
        this.collections = collections;
        this.changeLog = new ChangeLog(collections);
        this.copy = new ReadModelCopy<>(collections, new ObstacleLoader());
    }

    public void nameDirective(String directiveId, String title, long sequence) {
        applyOnce(directiveId, sequence, Updates.set("title", title));
        eventHandled();
    }

    public void raise(String directiveId, String communeCode, String obstacleId, ObstacleCategory category, String description,
            Instant raisedAt, long sequence) {
        Document obstacle = new Document("obstacleId", obstacleId)
                .append("communeCode", communeCode)
                .append("category", category.name())
                .append("description", description)
                .append("raisedAt", instant(raisedAt))
                .append("resolvedAt", null)
                .append("resolution", null);
        if (applyOnce(directiveId, sequence, Updates.set(path(obstacleId), obstacle))) {
            index().updateOne(eq("_id", WITH_OBSTACLES), Updates.addToSet("ids", directiveId), new UpdateOptions().upsert(true));
        }
        eventHandled();
    }

    public void resolve(String directiveId, String obstacleId, String resolution, Instant resolvedAt, long sequence) {
        applyOnce(directiveId, sequence, Updates.combine(
                Updates.set(path(obstacleId) + ".resolvedAt", instant(resolvedAt)),
                Updates.set(path(obstacleId) + ".resolution", resolution)));
        eventHandled();
    }

    /**
     * Applies the change unless the directive's document already took this sequence (a redelivery). The directive is
     * logged either way when the batch's last event was handled: a redelivery after a crash before the log entry was
     * written must still tell other instances' copies.
     */
    private boolean applyOnce(String directiveId, long sequence, Bson change) {
        EventBatches.current(batchKey, messages -> changeLog.touched()).add(directiveId);
        Document stored = directives().find(eq("_id", directiveId)).first();
        if (stored != null && stored.get("lastSequence", Number.class).longValue() >= sequence) {
            return false;
        }
        directives().updateOne(eq("_id", directiveId), Updates.combine(change, Updates.set("lastSequence", sequence)),
                new UpdateOptions().upsert(true));
        return true;
    }

    /** The end of every event handled, changing anything or not: the batch's last writes its log entry. */
    private void eventHandled() {
        EventBatches.eventHandled(EventBatches.current(batchKey, messages -> changeLog.touched()));
    }

    private static String path(String obstacleId) {
        return "obstacles." + org.directivetracker.projections.store.Bson.key(obstacleId);
    }

    /** Which version of the register {@link #all()} now reads (see {@link ReadModelCopy#version()}). */
    public String version() {
        return copy.version();
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
            Document index = collections.get(INDEX).find(eq("_id", WITH_OBSTACLES)).first();
            return index == null ? Map.of() : byKeys(collections, index.getList("ids", String.class));
        }

        @Override
        public Map<String, List<StoredObstacle>> byKeys(ReadModelCollections collections, Collection<String> directiveIds) {
            Map<String, List<StoredObstacle>> byDirective = new HashMap<>();
            for (Document directive : IdLookups.byIds(collections.get(DIRECTIVES), directiveIds, null)) {
                Document stored = directive.get("obstacles", Document.class);
                if (stored == null) {
                    continue; // named, but no obstacle raised yet
                }
                List<StoredObstacle> obstacles = new ArrayList<>();
                for (Object value : stored.values()) {
                    Document obstacle = (Document) value;
                    obstacles.add(new StoredObstacle(obstacle.getString("obstacleId"), directive.getString("_id"),
                            directive.getString("title"), obstacle.getString("communeCode"),
                            ObstacleCategory.valueOf(obstacle.getString("category")), obstacle.getString("description"),
                            instant(obstacle.getString("raisedAt")), instant(obstacle.getString("resolvedAt")),
                            obstacle.getString("resolution")));
                }
                byDirective.put(directive.getString("_id"), List.copyOf(obstacles));
            }
            return byDirective;
        }
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVES);
    }

    private MongoCollection<Document> index() {
        return collections.get(INDEX);
    }
}
