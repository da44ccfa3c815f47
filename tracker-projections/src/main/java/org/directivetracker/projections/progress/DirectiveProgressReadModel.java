package org.directivetracker.projections.progress;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Directive progress in MongoDB: one document per directive holding its {@link DirectiveState} and the last sequence
 * folded in, and one index document listing every directive id, so each read is an {@code _id} lookup.
 */
public final class DirectiveProgressReadModel {

    public static final String NAME = "directive-progress";
    static final String DIRECTIVES = "directives";
    static final String INDEX = "index";
    static final String ALL_DIRECTIVES = "all";

    private final ReadModelCollections collections;

    public DirectiveProgressReadModel(ReadModelCollections collections) {
        this.collections = collections;
    }

    /** Folds the event into its directive's state; a sequence already folded in changes nothing. */
    public void fold(DirectiveEvent event, Instant occurredAt, long sequence) {
        DirectiveState state = find(event.directiveId()).orElseGet(() -> new DirectiveState(event.directiveId()));
        if (!state.apply(event, occurredAt, sequence)) {
            return;
        }
        if (event instanceof DirectiveIssued) {
            // $addToSet: listing the id again on a redelivery after a crash adds nothing
            index().updateOne(eq("_id", ALL_DIRECTIVES), Updates.addToSet("ids", event.directiveId()), new UpdateOptions().upsert(true));
        }
        directives().replaceOne(eq("_id", state.directiveId()), DirectiveStateDocuments.toDocument(state), new ReplaceOptions().upsert(true));
    }

    public Optional<DirectiveState> find(String directiveId) {
        Document document = directives().find(eq("_id", directiveId)).first();
        return Optional.ofNullable(document).map(DirectiveStateDocuments::fromDocument);
    }

    /** Every issued directive, in the order they were issued. */
    public List<DirectiveState> all() {
        Document index = index().find(eq("_id", ALL_DIRECTIVES)).first();
        if (index == null) {
            return List.of();
        }
        List<String> ids = index.getList("ids", String.class);
        List<DirectiveState> states = new ArrayList<>(ids.size());
        for (Document document : directives().find(in("_id", ids))) {
            states.add(DirectiveStateDocuments.fromDocument(document));
        }
        return states;
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVES);
    }

    private MongoCollection<Document> index() {
        return collections.get(INDEX);
    }
}
