package org.directivetracker.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;
import org.directivetracker.projections.text.SearchText;

/**
 * The one read model of directive states: each directive's {@link DirectiveState} as small documents (see
 * {@link DirectiveStateStore}: its facts, one document per assigned commune), read through this instance's copy, so
 * that a directive and every directive of the province cost the same: one lookup while nothing changed. Directive
 * progress, directive lists, commune status, the registry's counts and the briefing all answer from it, through
 * indexes kept with the copy and brought up to date from what each batch changed ({@link DirectiveIndexes}).
 */
public final class DirectiveStates {

    public static final String NAME = "directive-states";
    public static final ReadModelRegistration<DirectiveStates> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(DirectiveStateStore.DIRECTIVE_FACTS, DirectiveStateStore.ASSIGNMENTS), DirectiveStates::new,
            DirectiveStatesProjection::new);

    private static final Comparator<DirectiveState> NEWEST_FIRST = Comparator
            .comparing(DirectiveState::issuedAt, Comparator.reverseOrder()).thenComparing(DirectiveState::directiveId);

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

    /** The current version of the directives, to read several things of one version (see {@link ReadModelCopy#read()}). */
    public ReadModelCopy.Version<DirectiveState> read() {
        return states.read();
    }

    /** Which version of the directives reads now return (see {@link ReadModelCopy#version()}). */
    public String version() {
        return states.version();
    }

    /** Every issued directive, in the order they were issued; the states must not be changed. */
    public Collection<DirectiveState> all() {
        return states.read().index(DirectiveIndexes.ISSUED_IN_ORDER).values();
    }

    /** Every issued directive, the last issued first; the states must not be changed. */
    public Iterable<DirectiveState> newestFirst() {
        return states.read().index(DirectiveIndexes.ISSUED_IN_ORDER).valuesDescending();
    }

    /**
     * The issued directives whose title, reference or id holds every word of the search (without diacritics, see
     * {@link SearchText}), the last issued first; every one for a blank search; only those assigned to the commune when
     * one is given. Found through the indexes of the ends of their words and of the communes' directives, so a search
     * costs what it finds, not what the province holds.
     */
    public List<DirectiveState> search(String search, String communeCode) {
        String folded = SearchText.fold(search);
        ReadModelCopy.Version<DirectiveState> version = states.read();
        Set<String> found = null;
        if (communeCode != null) {
            found = new HashSet<>();
            PersistentSortedMap<DirectiveIndexes.Urgency, Boolean> assigned = version.index(DirectiveIndexes.BY_URGENCY).get(communeCode);
            if (assigned != null) {
                for (DirectiveIndexes.Urgency urgency : assigned.keySet()) {
                    found.add(urgency.directiveId());
                }
            }
        } else if (folded.isEmpty()) {
            List<DirectiveState> every = new ArrayList<>(version.values().size());
            version.index(DirectiveIndexes.ISSUED_IN_ORDER).valuesDescending().forEach(every::add);
            return every;
        }
        if (!folded.isEmpty()) {
            PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> ends = version.index(DirectiveIndexes.WORD_ENDS);
            for (String word : folded.split(" ")) {
                Set<String> withWord = new HashSet<>();
                ends.forEachBetween(word, word + Character.MAX_VALUE, (end, ids) -> withWord.addAll(ids.keySet()));
                if (found != null) {
                    withWord.retainAll(found);
                }
                found = withWord;
            }
        }
        List<DirectiveState> matching = new ArrayList<>(found.size());
        for (String id : found) {
            DirectiveState state = version.values().get(id);
            if (state != null && state.isIssued()) {
                matching.add(state);
            }
        }
        matching.sort(NEWEST_FIRST);
        return matching;
    }

    /**
     * The issued directives of which some commune's assignment has the timeliness as of the day, the last issued first:
     * found through the index of each timeliness's directives, so the list costs what it finds.
     */
    public List<DirectiveState> withTimeliness(Timeliness timeliness, LocalDate asOf, TimelinessRules rules) {
        ReadModelCopy.Version<DirectiveState> version = states.read();
        PersistentSortedMap<String, Boolean> ids = version.index(new DirectiveIndexes.ByTimeliness(asOf, rules)).get(timeliness.name());
        List<DirectiveState> found = new ArrayList<>(ids == null ? 0 : ids.size());
        if (ids != null) {
            for (String id : ids.keySet()) {
                found.add(version.values().get(id));
            }
        }
        found.sort(LAST_ISSUED_FIRST);
        return found;
    }

    /** The order of {@link #newestFirst()}: the order of issue, from its end. */
    private static final Comparator<DirectiveState> LAST_ISSUED_FIRST =
            Comparator.comparing(DirectiveIndexes.Issued::of, DirectiveIndexes.Issued.ORDER).reversed();

    /**
     * The commune's {@code limit} most urgent assignments (open work first, then the nearest deadline, then the
     * directive id), its counts per timeliness and how many it has, all of one version: read from the commune's
     * assignments kept in that order, so that a commune with thousands of directives costs what is returned.
     */
    public MostUrgent mostUrgentOf(String communeCode, LocalDate asOf, TimelinessRules rules, int limit) {
        ReadModelCopy.Version<DirectiveState> version = states.read();
        Map<Timeliness, Integer> counts = countsOf(version, communeCode, asOf, rules);
        PersistentSortedMap<DirectiveIndexes.Urgency, Boolean> ordered = version.index(DirectiveIndexes.BY_URGENCY).get(communeCode);
        List<Map.Entry<DirectiveState, CommuneProgress>> mostUrgent = new ArrayList<>();
        if (ordered != null) {
            for (DirectiveIndexes.Urgency urgency : ordered.keySet()) {
                if (mostUrgent.size() == limit) {
                    break;
                }
                DirectiveState directive = version.values().get(urgency.directiveId());
                mostUrgent.add(Map.entry(directive, directive.commune(communeCode)));
            }
        }
        return new MostUrgent(counts, ordered == null ? 0 : ordered.size(), mostUrgent);
    }

    /**
     * As {@link #mostUrgentOf}, from one version, with only the commune's assignment of {@code directiveId} (none when
     * that directive does not assign the commune): the row a chair just reported on, without the others.
     */
    public MostUrgent assignmentOf(String communeCode, String directiveId, LocalDate asOf, TimelinessRules rules) {
        ReadModelCopy.Version<DirectiveState> version = states.read();
        PersistentSortedMap<DirectiveIndexes.Urgency, Boolean> ordered = version.index(DirectiveIndexes.BY_URGENCY).get(communeCode);
        DirectiveState directive = version.values().get(directiveId);
        CommuneProgress commune = directive == null ? null : directive.commune(communeCode);
        return new MostUrgent(countsOf(version, communeCode, asOf, rules), ordered == null ? 0 : ordered.size(),
                commune == null ? List.of() : List.of(Map.entry(directive, commune)));
    }

    private static Map<Timeliness, Integer> countsOf(ReadModelCopy.Version<DirectiveState> version, String communeCode,
            LocalDate asOf, TimelinessRules rules) {
        Map<Timeliness, Integer> counts = version.index(new DirectiveIndexes.TimelinessByCommune(asOf, rules)).get(communeCode);
        return counts == null ? Map.of() : counts;
    }

    /** A commune's most urgent assignments, with its counts per timeliness (maybe without the zeros) and how many it has. */
    public record MostUrgent(Map<Timeliness, Integer> counts, int total, List<Map.Entry<DirectiveState, CommuneProgress>> assignments) {
    }

    /**
     * Each commune's counts per timeliness as of the day, over every directive assigned to it, by commune code (a
     * commune never assigned one has none); read once for every commune, from one version.
     */
    public Map<String, Map<Timeliness, Integer>> countsByCommune(LocalDate asOf, TimelinessRules rules) {
        return states.read().index(new DirectiveIndexes.TimelinessByCommune(asOf, rules));
    }

    /** The directives' summaries as of the day, by directive id, kept from version to version (see {@link SummariesOn}). */
    public Map<String, DirectiveSummary> summariesOn(LocalDate asOf, CommuneDirectory names, TimelinessRules rules) {
        return states.read().index(new SummariesOn(asOf, names, rules));
    }

    /** An index of the directive states' copy, from the same version as any other read now (see {@link ReadModelCopy.Index}). */
    public <R> R index(ReadModelCopy.Index<DirectiveState, R> index) {
        return states.read().index(index);
    }
}
