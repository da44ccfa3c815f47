package org.directivetracker.projections.progress;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.projections.store.ReadModelCollections;

/**
 * Directive progress in MongoDB: each directive's {@link DirectiveState} as small documents (see
 * {@link DirectiveStateStore}: its facts, one document per assigned commune), read through this instance's copy, so
 * that a directive and every directive of the province cost the same: one lookup while nothing changed.
 */
public final class DirectiveProgressReadModel {

    public static final String NAME = "directive-progress";
    private static final Comparator<DirectiveState> IN_ORDER_ISSUED = Comparator
            .comparing(DirectiveState::issuedAt).thenComparing(DirectiveState::directiveId);
    private static final Object ISSUED_IN_ORDER = new Object();

    private final DirectiveStateStore states;

    public DirectiveProgressReadModel(ReadModelCollections collections) {
        this.states = new DirectiveStateStore(collections);
    }

    /** Folds the event into its directive's state; a sequence already folded in changes nothing. */
    public void fold(DirectiveEvent event, Instant occurredAt, long sequence) {
        states.record(event, occurredAt, sequence);
    }

    /** The directive, or empty when no event of it was folded in; the state must not be changed. */
    public Optional<DirectiveState> find(String directiveId) {
        return states.find(directiveId);
    }

    /** Which version of the directives reads now return (see {@link org.directivetracker.projections.store.ReadModelCopy#version()}). */
    public String version() {
        return states.version();
    }

    /** Every issued directive, in the order they were issued, sorted once per version; the states must not be changed. */
    public List<DirectiveState> all() {
        return states.derived(ISSUED_IN_ORDER,
                directives -> directives.stream().filter(DirectiveState::isIssued).sorted(IN_ORDER_ISSUED).toList());
    }
}
