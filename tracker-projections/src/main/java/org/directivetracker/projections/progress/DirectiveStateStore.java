package org.directivetracker.projections.progress;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.progress.DirectiveStateDocuments.COMMUNES;
import static org.directivetracker.projections.progress.DirectiveStateDocuments.assignmentId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.projections.store.IdLookups;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * {@link DirectiveState}s folded event by event into small documents of one read model's collections: per directive
 * its facts and the codes of its communes ({@value #DIRECTIVE_FACTS}), per assigned commune its progress
 * ({@value #ASSIGNMENTS}). A commune's event reads and rewrites its one assignment; only a withdrawal or a deadline
 * change touches several, so what an event costs does not grow with the directives or communes the province has.
 * Each document records the last sequence applied to it and ignores anything at or below it; reads are {@code _id}
 * and {@code $in}-on-{@code _id} lookups only (in chunks, see {@link IdLookups}), or a pass over everything when
 * everything is wanted. Inside a unit of work (a tracking processor's batch, a rebuild's chunk)
 * the rows a batch changes are written together when it commits.
 *
 * <p>The state read back equals the fold of the same events, with one difference no stored stream has: a commune
 * event for a commune never assigned changes nothing here, not even the directive's last sequence.
 */
public final class DirectiveStateStore {

    static final String DIRECTIVE_FACTS = "directive_facts";
    static final String ASSIGNMENTS = "assignments";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);

    private final ReadModelCollections collections;
    private static final AtomicLong INSTANCES = new AtomicLong();

    private final String batchKey = DirectiveStateStore.class.getName() + "#" + INSTANCES.incrementAndGet();

    public DirectiveStateStore(ReadModelCollections collections) {
        this.collections = collections;
    }

    /** An assigned commune's progress on one directive. */
    public record Assignment(String directiveId, CommuneProgress commune) {
    }

    /** Folds one event into the documents it changes; a sequence already applied to a document leaves it as it is. */
    public void record(DirectiveEvent event, Instant occurredAt, long sequence) {
        if (event instanceof CommuneEvent communeEvent) {
            recordCommuneEvent(communeEvent, occurredAt, sequence);
        } else {
            recordDirectiveEvent(event, occurredAt, sequence);
        }
    }

    private void recordCommuneEvent(CommuneEvent event, Instant occurredAt, long sequence) {
        String directiveId = event.directiveId();
        if (event instanceof CommuneAssigned) {
            // listed before the assignment is written, and again on a redelivery: $addToSet never lists it twice
            directives().updateOne(eq("_id", directiveId), Updates.addToSet(COMMUNES, event.communeCode()), UPSERT);
        }
        String id = assignmentId(event.communeCode(), directiveId);
        PendingAssignments batch = currentBatch();
        CommuneProgress commune = batch == null ? null : batch.get(id);
        if (commune == null) {
            Document stored = assignments().find(eq("_id", id)).first();
            commune = stored == null ? null : DirectiveStateDocuments.communeFromDocument(stored);
        }
        if (commune != null && commune.lastSequence >= sequence) {
            return;
        }
        if (event instanceof CommuneAssigned assigned) {
            commune = CommuneProgress.assigned(assigned, occurredAt, sequence);
        } else if (commune == null) {
            return; // a commune never assigned: the aggregate never emits this
        } else {
            commune.apply(event, occurredAt, sequence);
        }
        if (batch != null) {
            batch.put(id, directiveId, commune);
        } else {
            assignments().replaceOne(eq("_id", id), DirectiveStateDocuments.toDocument(directiveId, commune), REPLACE_OR_INSERT);
        }
    }

    private void recordDirectiveEvent(DirectiveEvent event, Instant occurredAt, long sequence) {
        PendingAssignments batch = currentBatch();
        if (batch != null) {
            batch.flush(); // a withdrawal or deadline change reads the rows the batch changed so far
        }
        Document stored = directives().find(eq("_id", event.directiveId())).first();
        DirectiveState state = stored == null ? new DirectiveState(event.directiveId()) : DirectiveStateDocuments.factsFromDocument(stored);
        // only the communes this event may change, and of those only the ones it did not reach before a crash
        for (Document assignment : findAssignments(event.directiveId(), communesReachedBy(event, stored))) {
            CommuneProgress commune = DirectiveStateDocuments.communeFromDocument(assignment);
            if (commune.lastSequence < sequence) {
                state.communes.put(commune.code, commune);
            }
        }
        if (!state.apply(event, occurredAt, sequence)) {
            return;
        }
        // communes first, facts (with the sequence) last: a redelivery after a crash in between finishes the job
        for (CommuneProgress commune : state.communes.values()) {
            if (commune.lastSequence == sequence) {
                assignments().replaceOne(eq("_id", assignmentId(commune.code, state.directiveId)),
                        DirectiveStateDocuments.toDocument(state.directiveId, commune), REPLACE_OR_INSERT);
            }
        }
        directives().updateOne(eq("_id", state.directiveId), new Document("$set", DirectiveStateDocuments.facts(state)), UPSERT);
    }

    private static List<String> communesReachedBy(DirectiveEvent event, Document stored) {
        if (event instanceof DeadlineChanged changed) {
            return changed.communeCodes();
        }
        if (event instanceof DirectiveWithdrawn && stored != null) {
            return communeCodes(stored);
        }
        return List.of();
    }

    /** The directive with every assigned commune, or empty when no event of it was recorded. */
    public Optional<DirectiveState> find(String directiveId) {
        Document stored = directives().find(eq("_id", directiveId)).first();
        if (stored == null) {
            return Optional.empty();
        }
        DirectiveState state = DirectiveStateDocuments.factsFromDocument(stored);
        for (Document assignment : findAssignments(directiveId, communeCodes(stored))) {
            DirectiveStateDocuments.addCommune(state, DirectiveStateDocuments.communeFromDocument(assignment));
        }
        return Optional.of(state);
    }

    /** The directives found among the ids, in the order given, each with every assigned commune. */
    public List<DirectiveState> findAll(Collection<String> directiveIds) {
        Map<String, DirectiveState> found = new HashMap<>();
        List<String> assignmentIds = new ArrayList<>();
        for (Document stored : IdLookups.byIds(directives(), directiveIds, null)) {
            DirectiveState state = DirectiveStateDocuments.factsFromDocument(stored);
            found.put(state.directiveId, state);
            communeCodes(stored).forEach(code -> assignmentIds.add(assignmentId(code, state.directiveId)));
        }
        addAssignments(found, IdLookups.byIds(assignments(), assignmentIds, null));
        return inOrder(directiveIds, found);
    }

    /**
     * The directives among the ids, in the order given, read from every stored document: when nearly all are asked
     * for, one pass over each collection costs less than looking each one up.
     */
    public List<DirectiveState> findAmongEverything(Collection<String> directiveIds) {
        Map<String, DirectiveState> found = new HashMap<>();
        for (Document stored : directives().find()) {
            DirectiveState state = DirectiveStateDocuments.factsFromDocument(stored);
            found.put(state.directiveId, state);
        }
        addAssignments(found, assignments().find());
        return inOrder(directiveIds, found);
    }

    private static void addAssignments(Map<String, DirectiveState> states, Iterable<Document> assignments) {
        for (Document stored : assignments) {
            DirectiveState state = states.get(stored.getString("directiveId"));
            if (state != null) {
                DirectiveStateDocuments.addCommune(state, DirectiveStateDocuments.communeFromDocument(stored));
            }
        }
    }

    private static List<DirectiveState> inOrder(Collection<String> directiveIds, Map<String, DirectiveState> found) {
        List<DirectiveState> states = new ArrayList<>(Math.min(directiveIds.size(), found.size()));
        for (String directiveId : directiveIds) {
            DirectiveState state = found.remove(directiveId);
            if (state != null) {
                states.add(state);
            }
        }
        return states;
    }

    /**
     * The directives' own facts (title, deadline, lifecycle...) by id, no commune loaded: what a row of another view
     * joins at read time instead of copying it into each commune's row.
     */
    public Map<String, DirectiveState> facts(Collection<String> directiveIds) {
        Map<String, DirectiveState> facts = new LinkedHashMap<>();
        for (Document stored : IdLookups.byIds(directives(), directiveIds, Projections.exclude(COMMUNES))) {
            DirectiveState state = DirectiveStateDocuments.factsFromDocument(stored);
            facts.put(state.directiveId, state);
        }
        return facts;
    }

    /** The assignments found among the ids ({@link DirectiveStateDocuments#assignmentId(String, String)}). */
    public List<Assignment> assignments(Collection<String> assignmentIds) {
        List<Assignment> found = new ArrayList<>(assignmentIds.size());
        for (Document stored : IdLookups.byIds(assignments(), assignmentIds, null)) {
            found.add(new Assignment(stored.getString("directiveId"), DirectiveStateDocuments.communeFromDocument(stored)));
        }
        return found;
    }

    private List<Document> findAssignments(String directiveId, List<String> communeCodes) {
        return IdLookups.byIds(assignments(), communeCodes.stream().map(code -> assignmentId(code, directiveId)).toList(), null);
    }

    private static List<String> communeCodes(Document directive) {
        List<String> codes = directive.getList(COMMUNES, String.class);
        return codes == null ? List.of() : codes;
    }

    /**
     * The rows changed by the batch of events being handled (Axon's unit of work, one per batch of a tracking
     * processor or chunk of a rebuild), or null outside one: then each event writes its row at once.
     */
    private PendingAssignments currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(batchKey, key -> {
            PendingAssignments pending = new PendingAssignments();
            root.onPrepareCommit(unitOfWork -> pending.flush());
            return pending;
        });
    }

    /**
     * Assignment rows changed by a batch of events, kept in memory and written with one bulk write before the batch
     * commits (and so before the processor stores its token): a commune reporting five times in a batch is written
     * once. A batch rolled back writes nothing; the events come again and apply to the rows as they were.
     */
    private final class PendingAssignments {
        private final Map<String, CommuneProgress> rows = new LinkedHashMap<>();
        private final Map<String, String> directiveIds = new HashMap<>();

        CommuneProgress get(String assignmentId) {
            return rows.get(assignmentId);
        }

        void put(String assignmentId, String directiveId, CommuneProgress commune) {
            rows.put(assignmentId, commune);
            directiveIds.put(assignmentId, directiveId);
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            List<ReplaceOneModel<Document>> writes = new ArrayList<>(rows.size());
            rows.forEach((id, commune) -> writes.add(new ReplaceOneModel<>(eq("_id", id),
                    DirectiveStateDocuments.toDocument(directiveIds.get(id), commune), REPLACE_OR_INSERT)));
            assignments().bulkWrite(writes, new BulkWriteOptions().ordered(false));
            rows.clear();
            directiveIds.clear();
        }
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVE_FACTS);
    }

    private MongoCollection<Document> assignments() {
        return collections.get(ASSIGNMENTS);
    }
}
