package org.directivetracker.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.readmodel.IdSets;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;
import org.directivetracker.projections.text.SearchText;

/**
 * The indexes kept with the directive states' copy, each brought up to date from the directives a batch changed: the
 * issued directives in the order they were issued, the directives of each commune (the most urgent first),
 * the words of their titles and references, each commune's counts per timeliness as of a day, and the directives of
 * each timeliness as of a day.
 */
final class DirectiveIndexes {

    private DirectiveIndexes() {
    }

    /** Where an issued directive stands in the order of issue. */
    record Issued(Instant at, String directiveId) {
        static final Comparator<Issued> ORDER = Comparator.comparing(Issued::at).thenComparing(Issued::directiveId);

        static Issued of(DirectiveState state) {
            return state == null || !state.isIssued() ? null : new Issued(state.issuedAt(), state.directiveId());
        }
    }

    /** The issued directives by the instant they were issued. */
    static final Index<DirectiveState, PersistentSortedMap<Issued, DirectiveState>> ISSUED_IN_ORDER = new Index<>() {
        @Override
        public PersistentSortedMap<Issued, DirectiveState> build(Map<String, DirectiveState> values) {
            PersistentSortedMap<Issued, DirectiveState> issued = PersistentSortedMap.empty(Issued.ORDER);
            for (DirectiveState state : values.values()) {
                issued = state.isIssued() ? issued.with(Issued.of(state), state) : issued;
            }
            return issued;
        }

        @Override
        public PersistentSortedMap<Issued, DirectiveState> update(PersistentSortedMap<Issued, DirectiveState> issued,
                List<Change<DirectiveState>> changes) {
            for (Change<DirectiveState> change : changes) {
                Issued before = Issued.of(change.before());
                Issued after = Issued.of(change.after());
                issued = before == null ? issued : issued.without(before);
                issued = after == null ? issued : issued.with(after, change.after());
            }
            return issued;
        }
    };

    /** Where a commune's assignment stands among the commune's: open work first, then the nearest deadline, then the id. */
    record Urgency(boolean closed, LocalDate deadline, String directiveId) {
        /** Written out rather than chained: a commune's tree compares keys about 14 times per change. */
        static final Comparator<Urgency> ORDER = (a, b) -> {
            if (a.closed != b.closed) {
                return a.closed ? 1 : -1;
            }
            int byDeadline = a.deadline.compareTo(b.deadline);
            return byDeadline != 0 ? byDeadline : a.directiveId.compareTo(b.directiveId);
        };

        static Urgency of(DirectiveState state, String communeCode) {
            CommuneProgress commune = state == null ? null : state.commune(communeCode);
            return commune == null ? null : new Urgency(!commune.stage().isOpen(), commune.deadline(), state.directiveId());
        }
    }

    /**
     * Each commune's assignments, the most urgent first: a commune's status cut to its most urgent rows reads only
     * those, and a search within a commune takes its directives from here. A changed directive moves only the communes
     * whose stage or deadline changed.
     */
    static final Index<DirectiveState, PersistentSortedMap<String, PersistentSortedMap<Urgency, Boolean>>> BY_URGENCY =
            new Index<>() {
                @Override
                public PersistentSortedMap<String, PersistentSortedMap<Urgency, Boolean>> build(Map<String, DirectiveState> values) {
                    List<Change<DirectiveState>> added = new ArrayList<>(values.size());
                    values.forEach((key, state) -> added.add(new Change<>(key, null, state)));
                    return update(PersistentSortedMap.empty(), added); // every value added to none: the same as update by definition
                }

                @Override
                public PersistentSortedMap<String, PersistentSortedMap<Urgency, Boolean>> update(
                        PersistentSortedMap<String, PersistentSortedMap<Urgency, Boolean>> communes,
                        List<Change<DirectiveState>> changes) {
                    for (Change<DirectiveState> change : changes) {
                        for (String code : changedCommunes(change)) {
                            communes = moved(communes, code, Urgency.of(change.before(), code), Urgency.of(change.after(), code));
                        }
                    }
                    return communes;
                }

                private PersistentSortedMap<String, PersistentSortedMap<Urgency, Boolean>> moved(
                        PersistentSortedMap<String, PersistentSortedMap<Urgency, Boolean>> communes, String code,
                        Urgency before, Urgency after) {
                    if (Objects.equals(before, after)) {
                        return communes;
                    }
                    PersistentSortedMap<Urgency, Boolean> ordered = communes.get(code);
                    if (ordered == null) {
                        ordered = PersistentSortedMap.empty(Urgency.ORDER);
                    }
                    ordered = before == null ? ordered : ordered.without(before);
                    ordered = after == null ? ordered : ordered.with(after, Boolean.TRUE);
                    return ordered.isEmpty() ? communes.without(code) : communes.with(code, ordered);
                }
            };

    /**
     * Every end of every word of a directive's title, reference and id, folded ({@link SearchText}), with the ids of
     * the directives that have it: a search word is found in a directive's text exactly when some end of one of its
     * words starts with it, a range of this sorted index.
     */
    static final Index<DirectiveState, PersistentSortedMap<String, PersistentSortedMap<String, Boolean>>> WORD_ENDS =
            new GroupedIds() {
                @Override
                Set<String> groupsOf(DirectiveState state) {
                    Set<String> ends = new LinkedHashSet<>();
                    for (String word : searchText(state).split(" ")) {
                        for (int from = 0; from < word.length(); from++) {
                            ends.add(word.substring(from));
                        }
                    }
                    return ends;
                }
            };

    /**
     * The issued directives by the timeliness of their communes' assignments as of a day (a directive is under every
     * timeliness one of its communes has): a list of the overdue directives reads those, not the province.
     */
    static final class ByTimeliness extends GroupedIds {
        private final LocalDate asOf;
        private final TimelinessRules rules;

        ByTimeliness(LocalDate asOf, TimelinessRules rules) {
            this.asOf = asOf;
            this.rules = rules;
        }

        @Override
        Set<String> groupsOf(DirectiveState state) {
            Set<String> timeliness = new LinkedHashSet<>();
            if (state.isIssued()) {
                for (CommuneProgress commune : state.communes.values()) {
                    Timeliness judged = commune.timeliness(asOf, rules);
                    if (judged != null) {
                        timeliness.add(judged.name());
                    }
                }
            }
            return timeliness;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByTimeliness that && asOf.equals(that.asOf) && rules.equals(that.rules);
        }

        @Override
        public int hashCode() {
            return Objects.hash(asOf, rules);
        }
    }

    /** What a directive search looks through: the same texts as {@link SearchText#matches} is given. */
    static String searchText(DirectiveState state) {
        return SearchText.fold(String.join(" ", nonNull(state.title()), nonNull(state.reference()), state.directiveId()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * The communes whose assignment a change may have moved: every one of a directive added or gone, otherwise those
     * whose assignment is not the very object it was. A directive's state read again after a report keeps the
     * assignments of the other communes as they were (see {@link DirectiveStateStore}), and what an index takes from
     * an assignment depends on it alone, so a report costs one commune, not the directive's sixty-four.
     */
    static Set<String> changedCommunes(Change<DirectiveState> change) {
        DirectiveState before = change.before();
        DirectiveState after = change.after();
        Set<String> codes = new LinkedHashSet<>();
        if (before != null) {
            for (CommuneProgress commune : before.communes.values()) {
                if (after == null || after.commune(commune.code()) != commune) {
                    codes.add(commune.code());
                }
            }
        }
        if (after != null) {
            for (CommuneProgress commune : after.communes.values()) {
                if (before == null || before.commune(commune.code()) != commune) {
                    codes.add(commune.code());
                }
            }
        }
        return codes;
    }

    /** Ids grouped by what each value says its groups are; a value moves only between the groups that differ. */
    private abstract static class GroupedIds implements Index<DirectiveState, PersistentSortedMap<String, PersistentSortedMap<String, Boolean>>> {

        abstract Set<String> groupsOf(DirectiveState state);

        @Override
        public PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> build(Map<String, DirectiveState> values) {
            PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> groups = IdSets.none();
            for (DirectiveState state : values.values()) {
                for (String group : groupsOf(state)) {
                    groups = IdSets.add(groups, group, state.directiveId());
                }
            }
            return groups;
        }

        @Override
        public PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> update(
                PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> groups, List<Change<DirectiveState>> changes) {
            for (Change<DirectiveState> change : changes) {
                groups = IdSets.move(groups, change.key(), change.before() == null ? Set.of() : groupsOf(change.before()),
                        change.after() == null ? Set.of() : groupsOf(change.after()));
            }
            return groups;
        }
    }

    /**
     * Each commune's counts per timeliness as of a day, over every directive assigned to it: what the registry of
     * communes shows. A changed directive takes its communes' old judgements out and puts the new ones in.
     */
    record TimelinessByCommune(LocalDate asOf, TimelinessRules rules)
            implements Index<DirectiveState, PersistentSortedMap<String, Map<Timeliness, Integer>>> {

        @Override
        public PersistentSortedMap<String, Map<Timeliness, Integer>> build(Map<String, DirectiveState> values) {
            Tallies tallies = new Tallies(PersistentSortedMap.empty());
            values.values().forEach(tallies::count);
            return tallies.counts;
        }

        @Override
        public PersistentSortedMap<String, Map<Timeliness, Integer>> update(
                PersistentSortedMap<String, Map<Timeliness, Integer>> previous, List<Change<DirectiveState>> changes) {
            Tallies tallies = new Tallies(previous);
            for (Change<DirectiveState> change : changes) {
                for (String code : changedCommunes(change)) {
                    tallies.move(code, timelinessOf(change.before(), code), timelinessOf(change.after(), code));
                }
            }
            return tallies.counts;
        }

        private Timeliness timelinessOf(DirectiveState state, String code) {
            CommuneProgress commune = state == null ? null : state.commune(code);
            return commune == null ? null : commune.timeliness(asOf, rules);
        }

        /** The counts while they are being changed: a commune's map is copied, never changed in place. */
        private final class Tallies {
            PersistentSortedMap<String, Map<Timeliness, Integer>> counts;

            Tallies(PersistentSortedMap<String, Map<Timeliness, Integer>> counts) {
                this.counts = counts;
            }

            void count(DirectiveState state) {
                for (CommuneProgress commune : state.communes.values()) {
                    move(commune.code(), null, commune.timeliness(asOf, rules));
                }
            }

            /**
             * One assignment of the commune counted under {@code to} instead of {@code from}; null is none (a withdrawn
             * assignment counts in no statistic).
             */
            void move(String code, Timeliness from, Timeliness to) {
                if (from == to) {
                    return;
                }
                Map<Timeliness, Integer> before = counts.get(code);
                EnumMap<Timeliness, Integer> after = new EnumMap<>(Timeliness.class);
                for (Timeliness each : Timeliness.values()) {
                    after.put(each, before == null ? 0 : before.get(each));
                }
                if (from != null) {
                    after.merge(from, -1, Integer::sum);
                }
                if (to != null) {
                    after.merge(to, 1, Integer::sum);
                }
                counts = counts.with(code, java.util.Collections.unmodifiableMap(after));
            }
        }
    }
}
