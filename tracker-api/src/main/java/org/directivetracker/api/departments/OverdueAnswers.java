package org.directivetracker.api.departments;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.FindBriefing;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The departments with the most answers past their date today, for the leader's dashboard; templates call it as
 * {@code @overdueAnswers}. It reads today's briefing, which is computed once per version of the views.
 */
@Component("overdueAnswers")
public class OverdueAnswers {
    private final ViewQueries views;

    public OverdueAnswers(ViewQueries views) {
        this.views = views;
    }

    public List<DepartmentReferrals> mostOverdue(int limit) {
        // no row of the briefing's lists: the referrals per department come whole
        Briefing today = views.ask(new FindBriefing(null, null, 0), ResponseTypes.instanceOf(Briefing.class));
        return today.overdueReferrals().stream().limit(limit).toList();
    }
}
