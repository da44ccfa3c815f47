package org.directivetracker.projections.briefing;

import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy.Change;
import org.directivetracker.projections.readmodel.ReadModelCopy.Index;

/**
 * The directives withdrawn or closed, kept with the directive states' copy: the briefing asks it of each open obstacle
 * (about 5,000 at 1,000,000 events), a lookup among the few ended directives instead of among every directive.
 */
final class EndedDirectives implements Index<DirectiveState, PersistentSortedMap<String, Boolean>> {

    static final EndedDirectives INDEX = new EndedDirectives();

    private EndedDirectives() {
    }

    @Override
    public PersistentSortedMap<String, Boolean> build(Map<String, DirectiveState> values) {
        PersistentSortedMap<String, Boolean> ended = PersistentSortedMap.empty();
        for (Map.Entry<String, DirectiveState> directive : values.entrySet()) {
            ended = isEnded(directive.getValue()) ? ended.with(directive.getKey(), Boolean.TRUE) : ended;
        }
        return ended;
    }

    @Override
    public PersistentSortedMap<String, Boolean> update(PersistentSortedMap<String, Boolean> ended, List<Change<DirectiveState>> changes) {
        for (Change<DirectiveState> change : changes) {
            ended = isEnded(change.after()) ? ended.with(change.key(), Boolean.TRUE) : ended.without(change.key());
        }
        return ended;
    }

    private static boolean isEnded(DirectiveState directive) {
        return directive != null && directive.lifecycle() != DirectiveLifecycle.ACTIVE;
    }
}
