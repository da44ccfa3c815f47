package org.directivetracker.api.meetings;

import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.query.BriefingChanges;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.ObstacleEntry;

/**
 * A meeting's agenda, drawn from the briefing as of the meeting's day: its communes one by one (those with the most
 * to raise first, as the briefing ranks them, then the others in the order invited), what changed since the previous
 * meeting, and the referrals past their answer-by date.
 *
 * @param since the day the changes are counted from: the previous meeting's, or the briefing's default
 */
public record MeetingAgenda(LocalDate date, LocalDate since, List<Item> communes, BriefingChanges changes,
                            List<DepartmentReferrals> overdueReferrals) {

    /**
     * One commune's turn: its overdue and due-soon work, its open obstacles with who owes the next step, and how many
     * of them wait on a decision of the province.
     */
    public record Item(String commune, String name, Integer rank, List<BriefingItem> overdue, List<BriefingItem> dueSoon,
                       List<ObstacleEntry> obstacles, long waitingOnProvince) {

        public boolean hasSomethingToRaise() {
            return !overdue.isEmpty() || !dueSoon.isEmpty() || !obstacles.isEmpty();
        }
    }
}
