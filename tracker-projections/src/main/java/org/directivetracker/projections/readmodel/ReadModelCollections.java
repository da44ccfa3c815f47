package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.Objects;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The collections one read model writes to and reads from, all named with one prefix. A live read model follows an
 * alias document ({@value #ALIASES}, {@code _id} = read-model name) so that a rebuild into fresh collections can take
 * over with one write; a rebuild writes to a fixed prefix.
 */
public final class ReadModelCollections {

    public static final String ALIASES = "read_model_aliases";

    private final MongoDatabase database;
    private final String readModel;
    private final boolean aliased;
    private volatile String prefix;

    private ReadModelCollections(MongoDatabase database, String readModel, String prefix, boolean aliased) {
        this.database = Objects.requireNonNull(database, "database");
        this.readModel = readModel;
        this.prefix = prefix;
        this.aliased = aliased;
    }

    /** Collections named {@code prefix + name}, whatever any alias says. */
    public static ReadModelCollections fixed(MongoDatabase database, String readModel, String prefix) {
        return new ReadModelCollections(database, readModel, prefix, false);
    }

    /** The live collections of a read model: the prefix its alias names, or {@code readModel + "_"} before any rebuild. */
    public static ReadModelCollections live(MongoDatabase database, String readModel) {
        ReadModelCollections collections = new ReadModelCollections(database, readModel, readModel + "_", true);
        collections.refresh();
        return collections;
    }

    /** Reads the alias again, after a rebuild swapped it (on this or another instance). */
    public void refresh() {
        if (!aliased) {
            return;
        }
        Document alias = database.getCollection(ALIASES).find(eq("_id", readModel)).first();
        if (alias != null) {
            prefix = alias.getString("prefix");
        }
    }

    public MongoCollection<Document> get(String name) {
        return database.getCollection(prefix + name);
    }

    public MongoDatabase database() {
        return database;
    }

    public String readModel() {
        return readModel;
    }

    public String prefix() {
        return prefix;
    }
}
