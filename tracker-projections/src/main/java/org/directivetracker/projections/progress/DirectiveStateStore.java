package org.directivetracker.projections.progress;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.progress.DirectiveStateDocuments.assignmentId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.bson.Document;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.projections.readmodel.ChangeLog;
import org.directivetracker.projections.readmodel.IdLookups;
import org.directivetracker.projections.readmodel.ReadModelCollections;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

/**
 * {@link DirectiveState}s folded event by event into small documents of one read model's collections: per directive
 * its facts and the codes of its communes ({@value #DIRECTIVE_FACTS}), per assigned commune its progress
 * ({@value #ASSIGNMENTS}). A commune's event changes its one assignment; only a withdrawal or a deadline change touches
 * several, so what an event costs does not grow with the directives or communes the province has. Each document
 * records the last sequence applied to it and ignores anything at or below it.
 *
 * <p>A batch of events (see {@link ReadModelContext}) reads the documents it will change with a few {@code _id} lookups
 * at its first event, folds in memory, and writes what changed at its last: the assignments, then the directives'
 * facts (a redelivery after a crash in between finishes the job); the batch's {@link ChangeLog} entry then names the
 * directives it had events of. Reads come from this instance's {@link ReadModelCopy}, brought up to date from that log.
 *
 * <p>The state read back equals the fold of the same events, with one difference no stored stream has: a commune
 * event for a commune never assigned changes nothing here, not even the directive's last sequence.
 */
public final class DirectiveStateStore {

    static final String DIRECTIVE_FACTS = "directive_facts";
    static final String ASSIGNMENTS = "assignments";
    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final ReadModelContext context;
    private final ReadModelCollections collections;
    private final ReadModelCopy<DirectiveState> copy;
    private final ReadModelContext.Batches<Batch> batches;
    /**
     * What this store wrote, by id, when it is its collections' only writer (a rebuild): read from here instead of the
     * database, and whatever is not here is not in the database either. Null for a live read model.
     */
    private final Written written;

    public DirectiveStateStore(ReadModelContext context) {
        this.context = context;
        this.collections = context.collections();
        this.batches = context.batches(Batch::new);
        this.copy = context.copy(new StateLoader());
        this.written = context.isSoleWriterFromEmpty() ? new Written() : null;
    }

    /** The documents a sole writer wrote, as their last batch left them in memory. */
    private static final class Written {
        final Map<String, Facts> facts = new HashMap<>();
        final Map<String, CommuneProgress> rows = new HashMap<>();
    }

    /** Folds one event into the documents it changes; a sequence already applied to a document leaves it as it is. */
    public void record(DirectiveEvent event, Instant occurredAt, long sequence) {
        batches.handle(batch -> {
            // every directive (or assignment) the batch had events of, changed or not: a redelivery after a crash
            // before the log entry was written changes nothing more, but must still tell other instances' copies. A
            // commune's event names its assignment alone, so that copies read that row again and not the directive's
            // every row; any other event names the directive, read again whole.
            if (event instanceof CommuneEvent communeEvent) {
                context.touch(assignmentId(communeEvent.communeCode(), event.directiveId()));
            } else {
                context.touch(event.directiveId());
            }
            if (event instanceof CommuneEvent communeEvent) {
                batch.recordCommuneEvent(communeEvent, occurredAt, sequence);
            } else {
                batch.recordDirectiveEvent(event, occurredAt, sequence);
            }
        });
    }

    /** The directive with every assigned commune, or empty when no event of it was recorded. */
    public Optional<DirectiveState> find(String directiveId) {
        return Optional.ofNullable(copy.current().get(directiveId));
    }

    /** Which version of the states reads now return (see {@link ReadModelCopy#version()}). */
    public String version() {
        return copy.version();
    }

    /** The current version of the states, with their indexes (see {@link ReadModelCopy#read()}). */
    public ReadModelCopy.Version<DirectiveState> read() {
        return copy.read();
    }

    /** Reads the directives' documents back into states: everything, or the directives named. */
    private static final class StateLoader implements ReadModelCopy.Loader<DirectiveState> {

        @Override
        public Map<String, DirectiveState> all(ReadModelCollections collections) {
            return assemble(collections.get(DIRECTIVE_FACTS).find().batchSize(ReadModelCopy.SCAN_BATCH),
                    collections.get(ASSIGNMENTS).find().batchSize(ReadModelCopy.SCAN_BATCH));
        }

        @Override
        public Map<String, DirectiveState> byKeys(ReadModelCollections collections, Collection<String> directiveIds) {
            List<Document> facts = IdLookups.byIds(collections.get(DIRECTIVE_FACTS), directiveIds, null);
            List<String> assignmentIds = new ArrayList<>();
            for (Document stored : facts) {
                communeCodes(stored).forEach(code -> assignmentIds.add(assignmentId(code, stored.getString("_id"))));
            }
            return assemble(facts, IdLookups.byIds(collections.get(ASSIGNMENTS), assignmentIds, null));
        }

        /**
         * The change log names directives (read again whole) and assignments ({@code code/directiveId}: the
         * directive's facts and those rows read again, its other rows kept from before). A directive the copy does not
         * hold yet is read whole.
         */
        @Override
        public Map<String, DirectiveState> afterChanges(ReadModelCollections collections, Set<String> logged,
                Map<String, DirectiveState> before) {
            Set<String> whole = new LinkedHashSet<>();
            Map<String, Set<String>> rowsByDirective = new LinkedHashMap<>();
            for (String key : logged) {
                int slash = key.indexOf('/');
                if (slash < 0) {
                    whole.add(key);
                } else {
                    rowsByDirective.computeIfAbsent(key.substring(slash + 1), id -> new LinkedHashSet<>()).add(key);
                }
            }
            rowsByDirective.keySet().stream().filter(id -> before.get(id) == null).forEach(whole::add);
            rowsByDirective.keySet().removeAll(whole);
            Map<String, DirectiveState> after = new LinkedHashMap<>();
            Map<String, DirectiveState> read = byKeys(collections, whole);
            whole.forEach(id -> after.put(id, read.get(id)));
            if (rowsByDirective.isEmpty()) {
                return after;
            }
            List<String> rowIds = rowsByDirective.values().stream().flatMap(Set::stream).toList();
            Map<String, CommuneProgress> rows = new HashMap<>();
            for (Document stored : IdLookups.byIds(collections.get(ASSIGNMENTS), rowIds, null)) {
                rows.put(stored.getString("_id"), DirectiveStateDocuments.communeFromDocument(stored));
            }
            rowsByDirective.keySet().forEach(id -> after.put(id, null));
            for (Document stored : IdLookups.byIds(collections.get(DIRECTIVE_FACTS), rowsByDirective.keySet(), null)) {
                DirectiveState state = DirectiveStateDocuments.factsFromDocument(stored);
                DirectiveState previous = before.get(state.directiveId);
                Set<String> reread = rowsByDirective.get(state.directiveId);
                for (String code : communeCodes(stored)) {
                    String id = assignmentId(code, state.directiveId);
                    CommuneProgress commune = reread.contains(id) ? rows.get(id) : previous.commune(code);
                    if (commune != null) {
                        DirectiveStateDocuments.addCommune(state, commune);
                    }
                }
                after.put(state.directiveId, state);
            }
            return after;
        }

        private static Map<String, DirectiveState> assemble(Iterable<Document> facts, Iterable<Document> assignments) {
            Map<String, DirectiveState> states = new HashMap<>();
            for (Document stored : facts) {
                DirectiveState state = DirectiveStateDocuments.factsFromDocument(stored);
                states.put(state.directiveId, state);
            }
            for (Document stored : assignments) {
                DirectiveState state = states.get(stored.getString("directiveId"));
                if (state != null) {
                    DirectiveStateDocuments.addCommune(state, DirectiveStateDocuments.communeFromDocument(stored));
                }
            }
            return states;
        }
    }

    private static List<String> communeCodes(Document directive) {
        List<String> codes = directive.getList(DirectiveStateDocuments.COMMUNES, String.class);
        return codes == null ? List.of() : codes;
    }

    /** A directive's facts document in memory: its state without communes, and the codes of its communes. */
    private static final class Facts {
        final DirectiveState state;
        final Set<String> communeCodes;

        Facts(DirectiveState state, Collection<String> communeCodes) {
            this.state = state;
            this.communeCodes = new LinkedHashSet<>(communeCodes);
        }
    }

    /**
     * The documents a batch of events reads and changes, in memory: read at the first event (what the whole batch
     * will need, as far as the events tell), written at the last.
     */
    private final class Batch implements ReadModelContext.Pending {
        /** By directive id; a directive read and not found has none. */
        private final Map<String, Facts> facts = new HashMap<>();
        /** By assignment id; null when read and not found. */
        private final Map<String, CommuneProgress> rows = new HashMap<>();
        private final Map<String, String> rowDirective = new HashMap<>();
        private final Set<String> changedFacts = new LinkedHashSet<>();
        private final Set<String> changedRows = new LinkedHashSet<>();

        Batch(List<? extends Message<?>> messages) {
            Set<String> directiveIds = new LinkedHashSet<>();
            Set<String> assignmentIds = new LinkedHashSet<>();
            for (Message<?> message : messages) {
                if (message instanceof EventMessage<?> && message.getPayload() instanceof DirectiveEvent event) {
                    directiveIds.add(event.directiveId());
                    if (event instanceof CommuneEvent communeEvent) {
                        assignmentIds.add(assignmentId(communeEvent.communeCode(), event.directiveId()));
                    } else if (event instanceof DeadlineChanged changed) {
                        changed.communeCodes().forEach(code -> assignmentIds.add(assignmentId(code, event.directiveId())));
                    }
                }
            }
            readFacts(directiveIds);
            readRows(assignmentIds);
        }

        void recordCommuneEvent(CommuneEvent event, Instant occurredAt, long sequence) {
            String directiveId = event.directiveId();
            if (event instanceof CommuneAssigned && facts(directiveId).communeCodes.add(event.communeCode())) {
                changedFacts.add(directiveId); // listed even when its assignment was written before a crash
            }
            String id = assignmentId(event.communeCode(), directiveId);
            CommuneProgress commune = row(id);
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
            rows.put(id, commune);
            rowDirective.put(id, directiveId);
            changedRows.add(id);
        }

        void recordDirectiveEvent(DirectiveEvent event, Instant occurredAt, long sequence) {
            Facts directive = facts(event.directiveId());
            DirectiveState state = directive.state;
            // only the communes this event may change, and of those only the ones it did not reach before a crash
            List<String> reached = communesReachedBy(event, directive).stream()
                    .map(code -> assignmentId(code, event.directiveId())).toList();
            readRows(reached.stream().filter(id -> !rows.containsKey(id)).toList());
            for (String id : reached) {
                CommuneProgress commune = rows.get(id);
                if (commune != null && commune.lastSequence < sequence) {
                    state.communes.put(commune.code, commune);
                }
            }
            boolean applied = state.apply(event, occurredAt, sequence);
            state.communes.clear(); // the facts keep no communes: the rows are the batch's
            if (!applied) {
                return;
            }
            for (String id : reached) {
                CommuneProgress commune = rows.get(id);
                if (commune != null && commune.lastSequence == sequence) {
                    rowDirective.put(id, event.directiveId());
                    changedRows.add(id);
                }
            }
            changedFacts.add(event.directiveId());
        }

        private List<String> communesReachedBy(DirectiveEvent event, Facts directive) {
            if (event instanceof DeadlineChanged changed) {
                return changed.communeCodes();
            }
            if (event instanceof DirectiveWithdrawn) {
                return List.copyOf(directive.communeCodes);
            }
            return List.of();
        }

        private Facts facts(String directiveId) {
            if (!facts.containsKey(directiveId)) {
                readFacts(List.of(directiveId));
            }
            return facts.computeIfAbsent(directiveId, id -> new Facts(new DirectiveState(id), List.of()));
        }

        private CommuneProgress row(String assignmentId) {
            if (!rows.containsKey(assignmentId)) {
                readRows(List.of(assignmentId));
            }
            return rows.get(assignmentId);
        }

        private void readFacts(Collection<String> directiveIds) {
            if (written != null) {
                directiveIds.forEach(id -> facts.putIfAbsent(id, written.facts.get(id)));
                return;
            }
            for (Document stored : IdLookups.byIds(directives(), directiveIds, null)) {
                facts.put(stored.getString("_id"), new Facts(DirectiveStateDocuments.factsFromDocument(stored), communeCodes(stored)));
            }
            directiveIds.forEach(id -> facts.putIfAbsent(id, null));
        }

        private void readRows(Collection<String> assignmentIds) {
            if (written != null) {
                assignmentIds.forEach(id -> rows.putIfAbsent(id, written.rows.get(id)));
                return;
            }
            for (Document stored : IdLookups.byIds(assignments(), assignmentIds, null)) {
                rows.put(stored.getString("_id"), DirectiveStateDocuments.communeFromDocument(stored));
            }
            assignmentIds.forEach(id -> rows.putIfAbsent(id, null));
        }

        @Override
        public void write() {
            if (!changedRows.isEmpty()) {
                List<WriteModel<Document>> writes = new ArrayList<>(changedRows.size());
                for (String id : changedRows) {
                    Document row = DirectiveStateDocuments.toDocument(rowDirective.get(id), rows.get(id));
                    writes.add(isNew(written == null ? null : written.rows, id) ? new InsertOneModel<>(row)
                            : new ReplaceOneModel<>(eq("_id", id), row, REPLACE_OR_INSERT));
                }
                assignments().bulkWrite(writes, UNORDERED);
                if (written != null) {
                    changedRows.forEach(id -> written.rows.put(id, rows.get(id)));
                }
            }
            if (!changedFacts.isEmpty()) {
                List<WriteModel<Document>> writes = new ArrayList<>(changedFacts.size());
                for (String id : changedFacts) {
                    Facts directive = facts.get(id);
                    Document fields = DirectiveStateDocuments.facts(directive.state, directive.communeCodes);
                    if (isNew(written == null ? null : written.facts, id)) {
                        Document inserted = new Document("_id", id);
                        inserted.putAll(fields);
                        writes.add(new InsertOneModel<>(inserted));
                    } else {
                        writes.add(new UpdateOneModel<>(eq("_id", id), new Document("$set", fields), UPSERT));
                    }
                }
                directives().bulkWrite(writes, UNORDERED);
                if (written != null) {
                    changedFacts.forEach(id -> written.facts.put(id, facts.get(id)));
                }
            }
            changedRows.clear();
            changedFacts.clear();
        }
    }

    /** A sole writer inserts what it never wrote: no lookup before the write. */
    private static boolean isNew(Map<String, ?> written, String id) {
        return written != null && !written.containsKey(id);
    }

    private MongoCollection<Document> directives() {
        return collections.get(DIRECTIVE_FACTS);
    }

    private MongoCollection<Document> assignments() {
        return collections.get(ASSIGNMENTS);
    }
}
