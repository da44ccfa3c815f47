package org.directivetracker.projections.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

/**
 * The one read model of directive states: each directive's {@link DirectiveState} as small documents (see
 * {@link DirectiveStateStore}: its facts, one document per assigned commune), read through this instance's copy, so
 * that a directive and every directive of the province cost the same: one lookup while nothing changed. Directive
 * progress, directive lists, commune status, the registry's counts and the briefing all answer from it; a commune's
 * directives come from an index by commune kept with the copy.
 */
public final class DirectiveStates {

    public static final String NAME = "directive-states";
    public static final ReadModelRegistration<DirectiveStates> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DirectiveStateStore.DIRECTIVE_FACTS, DirectiveStateStore.ASSIGNMENTS), DirectiveStates::new,
            DirectiveStatesProjection::new);

    private static final Comparator<DirectiveState> IN_ORDER_ISSUED = Comparator
            .comparing(DirectiveState::issuedAt).thenComparing(DirectiveState::directiveId);
    private static final Object ISSUED_IN_ORDER = new Object();
    private static final Object BY_COMMUNE = new Object();

    private final DirectiveStateStore states;

    public DirectiveStates(ReadModelContext context) {
        this.states = new DirectiveStateStore(context);
    }

    /** Folds the event into its directive's state; a sequence already folded in changes nothing. */
    public void fold(DirectiveEvent event, Instant occurredAt, long sequence) {
        states.record(event, occurredAt, sequence);
    }

    /** The directive, or empty when no event of it was folded in; the state must not be changed. */
    public Optional<DirectiveState> find(String directiveId) {
        return states.find(directiveId);
    }

    /** Which version of the directives reads now return (see {@link ReadModelCopy#version()}). */
    public String version() {
        return states.version();
    }

    /** Every issued directive, in the order they were issued, sorted once per version; the states must not be changed. */
    public List<DirectiveState> all() {
        return states.derived(ISSUED_IN_ORDER,
                directives -> directives.stream().filter(DirectiveState::isIssued).sorted(IN_ORDER_ISSUED).toList());
    }

    /**
     * Calls {@code assignment} with each directive assigned to the commune and the commune's part of it, in no
     * particular order; never for a commune that was never assigned one.
     */
    public void forEachAssignedTo(String communeCode, BiConsumer<DirectiveState, CommuneProgress> assignment) {
        Assignments assigned = byCommune().get(communeCode);
        if (assigned != null) {
            for (int i = 0; i < assigned.directives.length; i++) {
                assignment.accept(assigned.directives[i], assigned.communes[i]);
            }
        }
    }

    /**
     * The index by commune: references to the states the copy holds (each directive with the commune's part of it, in
     * two arrays rather than an object per pair), built in one pass over the directives once per version of them, so
     * that commune status keeps no second copy of the directives.
     */
    private Map<String, Assignments> byCommune() {
        return states.derived(BY_COMMUNE, DirectiveStates::indexByCommune);
    }

    /** One commune's assignments: {@code communes[i]} is the commune's part of {@code directives[i]}. */
    private record Assignments(DirectiveState[] directives, CommuneProgress[] communes) {
    }

    private static Map<String, Assignments> indexByCommune(Collection<DirectiveState> directives) {
        Map<String, List<DirectiveState>> byCommune = new HashMap<>();
        for (DirectiveState directive : directives) {
            for (CommuneProgress commune : directive.communes()) {
                byCommune.computeIfAbsent(commune.code(), code -> new ArrayList<>()).add(directive);
            }
        }
        Map<String, Assignments> index = new HashMap<>();
        byCommune.forEach((code, assigned) -> {
            CommuneProgress[] communes = new CommuneProgress[assigned.size()];
            for (int i = 0; i < communes.length; i++) {
                communes[i] = assigned.get(i).commune(code);
            }
            index.put(code, new Assignments(assigned.toArray(DirectiveState[]::new), communes));
        });
        return Map.copyOf(index);
    }
}
