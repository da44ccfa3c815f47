package org.directivetracker.projections.progress;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Directive progress in MongoDB: each directive's {@link DirectiveState} as small documents (see
 * {@link DirectiveStateStore}: its facts, one document per assigned commune), and one index document listing every
 * directive id, so a directive is two lookups and every directive one lookup and a pass over each collection.
 */
public final class DirectiveProgressReadModel {

    public static final String NAME = "directive-progress";
    static final String INDEX = "index";
    static final String ALL_DIRECTIVES = "all";

    private final ReadModelCollections collections;
    private final DirectiveStateStore states;

    public DirectiveProgressReadModel(ReadModelCollections collections) {
        this.collections = collections;
        this.states = new DirectiveStateStore(collections);
    }

    /** Folds the event into its directive's state; a sequence already folded in changes nothing. */
    public void fold(DirectiveEvent event, Instant occurredAt, long sequence) {
        if (event instanceof DirectiveIssued) {
            // $addToSet: listing the id again on a redelivery after a crash adds nothing
            index().updateOne(eq("_id", ALL_DIRECTIVES), Updates.addToSet("ids", event.directiveId()), new UpdateOptions().upsert(true));
        }
        states.record(event, occurredAt, sequence);
    }

    public Optional<DirectiveState> find(String directiveId) {
        return states.find(directiveId);
    }

    /** Every issued directive, in the order they were issued. */
    public List<DirectiveState> all() {
        Document index = index().find(eq("_id", ALL_DIRECTIVES)).first();
        if (index == null) {
            return List.of();
        }
        return states.findAmongEverything(index.getList("ids", String.class));
    }

    private MongoCollection<Document> index() {
        return collections.get(INDEX);
    }
}
