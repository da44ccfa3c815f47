package org.directivetracker.projections.obstacles;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.store.Bson.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.projections.store.IdLookups;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The obstacle register in MongoDB: one document per directive ({@code _id} = directive id) holding its title, its
 * obstacles keyed by obstacle id and the last sequence applied, plus an index document listing the directives that
 * have obstacles, so the register is two lookups.
 */
public final class ObstacleRegisterReadModel {

    public static final String NAME = "obstacle-register";
    static final String DIRECTIVES = "directives";
    static final String INDEX = "index";
    static final String WITH_OBSTACLES = "with-obstacles";

    private final ReadModelCollections collections;

    public ObstacleRegisterReadModel(ReadModelCollections collections) {
        this.collections = collections;
    }

    public void nameDirective(String directiveId, String title, long sequence) {
        applyOnce(directiveId, sequence, Updates.set("title", title));
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
    }

    public void resolve(String directiveId, String obstacleId, String resolution, Instant resolvedAt, long sequence) {
        applyOnce(directiveId, sequence, Updates.combine(
                Updates.set(path(obstacleId) + ".resolvedAt", instant(resolvedAt)),
                Updates.set(path(obstacleId) + ".resolution", resolution)));
    }

    /** Applies the change unless the directive's document already took this sequence (a redelivery). */
    private boolean applyOnce(String directiveId, long sequence, Bson change) {
        Document stored = directives().find(eq("_id", directiveId)).first();
        if (stored != null && stored.get("lastSequence", Number.class).longValue() >= sequence) {
            return false;
        }
        directives().updateOne(eq("_id", directiveId), Updates.combine(change, Updates.set("lastSequence", sequence)),
                new UpdateOptions().upsert(true));
        return true;
    }

    private static String path(String obstacleId) {
        return "obstacles." + org.directivetracker.projections.store.Bson.key(obstacleId);
    }

    /** Every obstacle ever raised, with its directive's title. */
    public List<StoredObstacle> all() {
        Document index = index().find(eq("_id", WITH_OBSTACLES)).first();
        if (index == null) {
            return List.of();
        }
        List<StoredObstacle> obstacles = new ArrayList<>();
        for (Document directive : IdLookups.byIds(directives(), index.getList("ids", String.class), null)) {
            Document stored = directive.get("obstacles", Document.class);
            for (Object value : stored.values()) {
                Document obstacle = (Document) value;
                obstacles.add(new StoredObstacle(obstacle.getString("obstacleId"), directive.getString("_id"),
                        directive.getString("title"), obstacle.getString("communeCode"),
                        ObstacleCategory.valueOf(obstacle.getString("category")), obstacle.getString("description"),
                        instant(obstacle.getString("raisedAt")), instant(obstacle.getString("resolvedAt")),
                        obstacle.getString("resolution")));
            }
        }
        return obstacles;
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVES);
    }

    private MongoCollection<Document> index() {
        return collections.get(INDEX);
    }
}
