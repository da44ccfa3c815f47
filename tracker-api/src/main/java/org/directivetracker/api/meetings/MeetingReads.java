package org.directivetracker.api.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.CommuneRanking;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindMeeting;
import org.directivetracker.core.api.query.FindMeetings;
import org.directivetracker.core.api.query.FindPreviousMeeting;
import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What the province and the auditors read about meetings: the list, one meeting with its agenda, and when the
 * previous meeting was (the briefing counts its changes from then). Communes and departments read none of it.
 */
@Service
public class MeetingReads {
    private final ViewQueries views;
    private final CommuneDirectory communes;
    private final Clock clock;

    public MeetingReads(ViewQueries views, CommuneDirectory communes, ObjectProvider<Clock> clock) {
        this.views = views;
        this.communes = communes;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Whether the actor writes on meetings (the province) or only reads them. */
    public static boolean writes(Actor actor) {
        return actor.role() == org.directivetracker.core.api.Role.PROVINCE;
    }

    public List<MeetingView> list(Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "the meetings");
        return views.ask(new FindMeetings(), ResponseTypes.multipleInstancesOf(MeetingView.class));
    }

    public MeetingView meeting(String meetingId, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "a meeting");
        return views.ask(new FindMeeting(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class))
                .orElseThrow(() -> new UnknownMeetingException(meetingId));
    }

    public MeetingDetail detail(String meetingId, Actor actor) {
        MeetingView meeting = meeting(meetingId, actor);
        return MeetingDetail.of(meeting, agenda(meeting));
    }

    /**
     * The day the latest meeting before {@code date}'s end (or before now, for today) started: where the briefing's
     * "changes since" begins by default.
     */
    public Optional<LocalDate> previousMeetingDay(LocalDate date) {
        return previousMeeting(FindPreviousMeeting.asOf(date, clock.instant())).map(ProvinceTime::dateOf);
    }

    /** The agenda as of the meeting's day, its changes counted from the previous meeting's. */
    public MeetingAgenda agenda(MeetingView meeting) {
        LocalDate date = ProvinceTime.dateOf(meeting.startsAt());
        LocalDate since = previousMeeting(new FindPreviousMeeting(meeting.startsAt())).map(ProvinceTime::dateOf).orElse(null);
        Briefing briefing = views.ask(new FindBriefing(date, since), ResponseTypes.instanceOf(Briefing.class));
        Map<String, Integer> ranks = new HashMap<>();
        for (CommuneRanking ranking : briefing.ranking()) {
            ranks.put(ranking.communeCode(), ranking.rank());
        }
        List<MeetingAgenda.Item> items = new ArrayList<>();
        for (String code : meeting.communes()) {
            List<ObstacleEntry> obstacles = briefing.obstacles().stream().filter(o -> code.equals(o.communeCode())).toList();
            items.add(new MeetingAgenda.Item(code, communes.nameOf(code), ranks.get(code),
                    ofCommune(briefing.overdue(), code), ofCommune(briefing.dueSoon(), code), obstacles,
                    obstacles.stream().filter(o -> o.waitingOn() == WaitingOn.PROVINCE).count()));
        }
        List<MeetingAgenda.Item> ordered = new ArrayList<>(items);
        // those with something to raise first, by the briefing's rank; the rest keep the order they were invited in
        ordered.sort(Comparator.comparing((MeetingAgenda.Item item) -> !item.hasSomethingToRaise())
                .thenComparing(item -> item.hasSomethingToRaise() && item.rank() != null ? item.rank() : Integer.MAX_VALUE));
        return new MeetingAgenda(briefing.date(), briefing.since(), ordered, briefing.changes(), briefing.overdueReferrals());
    }

    private Optional<Instant> previousMeeting(FindPreviousMeeting query) {
        return views.ask(query, ResponseTypes.optionalInstanceOf(MeetingView.class)).map(MeetingView::startsAt);
    }

    private static List<BriefingItem> ofCommune(List<BriefingItem> items, String code) {
        return items.stream().filter(item -> code.equals(item.communeCode())).toList();
    }
}
