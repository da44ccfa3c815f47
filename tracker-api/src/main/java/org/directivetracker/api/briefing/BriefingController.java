package org.directivetracker.api.briefing;

import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.api.meetings.MeetingReads;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.web.QueryBounds;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.value.ProvinceTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meeting briefing for {@code date} (default today), with what changed from {@code since} (default the day the
 * previous meeting started; a week before when there was none). JSON, or a CSV file when the request prefers {@code text/csv} (or says {@code format=csv}, for a plain
 * link): Spring's content negotiation chooses. {@code limit} cuts each list to its first rows (its totals stay whole),
 * which keeps a province's long lists light for a screen; without it every row comes. The briefing spans every
 * commune, so it is the province's and the auditors' reading; a commune account is sent to its own status (403).
 */
@RestController
@RequestMapping("/api/briefing")
public class BriefingController {

    private final ViewQueries views;
    private final MeetingReads meetings;

    public BriefingController(ViewQueries views, MeetingReads meetings) {
        this.views = views;
        this.meetings = meetings;
    }

    @GetMapping
    public Briefing briefing(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) Integer limit, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "the meeting briefing");
        QueryBounds.rows("limit", limit);
        QueryBounds.date("date", date);
        QueryBounds.date("since", since);
        LocalDate day = date == null ? LocalDate.now(ProvinceTime.ZONE) : date;
        QueryBounds.requireNotAfter("since", since, "date", day);
        LocalDate from = since != null ? since : meetings.previousMeetingDay(day).orElse(null);
        return views.ask(new FindBriefing(date, from, limit), ResponseTypes.instanceOf(Briefing.class));
    }
}
