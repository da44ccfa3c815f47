package org.directivetracker.api.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import org.directivetracker.api.meetings.MeetingRequests.AttendanceRequest;
import org.directivetracker.api.meetings.MeetingRequests.ConclusionRequest;
import org.directivetracker.api.meetings.MeetingRequests.NewDirectiveRequest;
import org.directivetracker.api.meetings.MeetingRequests.NoticeAnswer;
import org.directivetracker.api.meetings.MeetingRequests.NoticeRequest;
import org.directivetracker.api.meetings.MeetingRequests.ScheduleRequest;
import org.directivetracker.api.obstacles.ObstacleActions;
import org.directivetracker.api.obstacles.ObstacleRequests;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.IssueConclusionNotice;
import org.directivetracker.core.api.command.RecordAttendance;
import org.directivetracker.core.api.command.RecordConclusion;
import org.directivetracker.core.api.command.ScheduleMeeting;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.NewDirective;
import org.directivetracker.core.api.value.NoticeNumber;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Title;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.stereotype.Service;

/**
 * The province's writes on its meetings: schedule one, tick attendance, record a conclusion (referring the obstacle it
 * is about in the same step, if asked), issue the notice and with it the directives its conclusions ask for. Each
 * checks every field of its request at once and sends the command; the REST API and the pages both come through here.
 */
@Service
public class MeetingActions {
    private final MeetingCommands commands;
    private final ConclusionDirectives conclusionDirectives;
    private final ObstacleActions obstacles;
    private final CommuneDirectory communes;
    private final Validator validator;

    public MeetingActions(MeetingCommands commands, ConclusionDirectives conclusionDirectives, ObstacleActions obstacles,
                          CommuneDirectory communes, Validator validator) {
        this.commands = commands;
        this.conclusionDirectives = conclusionDirectives;
        this.obstacles = obstacles;
        this.communes = communes;
        this.validator = validator;
    }

    /** Schedules the meeting; no communes named means every commune of the province. Answers the meeting's id. */
    public String schedule(ScheduleRequest body, Actor actor, RequestId requestId) {
        MeetingCommands.requireProvince(actor);
        RequestValues values = new RequestValues(validator, body);
        Title title = values.title("title", body == null ? null : body.title());
        Instant startsAt = body == null ? null : body.startsAt();
        List<String> asked = body == null || body.communes() == null || body.communes().isEmpty()
                ? communes.codes() : body.communes();
        List<CommuneCode> invited = values.communes("communes", asked);
        values.requireValid();
        if (startsAt == null) {
            throw new InvalidRequestException(List.of(new FieldError("startsAt", "is required (an instant, ISO-8601)")));
        }
        String id = "meeting-" + requestId.createdId();
        return commands.send(new ScheduleMeeting(id, title, startsAt, invited, actor, requestId.value()));
    }

    public void recordAttendance(String meetingId, AttendanceRequest body, Actor actor, RequestId requestId) {
        MeetingCommands.requireProvince(actor);
        RequestValues values = new RequestValues(validator, body);
        List<CommuneCode> commune = values.communes("commune", body == null || body.commune() == null ? null : List.of(body.commune()));
        String representative = values.optionalPlainText("representative", body == null ? null : body.representative());
        values.requireValid();
        if (body.present() == null) {
            throw new InvalidRequestException(List.of(new FieldError("present", "must be true or false")));
        }
        commands.send(new RecordAttendance(meetingId, commune.get(0), body.present(), representative, actor, requestId.value()));
    }

    /** Records the conclusion and answers its id; an obstacle it refers goes to its department first. */
    public String recordConclusion(String meetingId, ConclusionRequest body, Actor actor, RequestId requestId) {
        MeetingCommands.requireProvince(actor);
        RequestValues values = new RequestValues(validator, body);
        Note text = values.note("text", body == null ? null : body.text());
        String directiveId = values.optionalPlainText("directiveId", body == null ? null : body.directiveId());
        String obstacleId = values.optionalPlainText("obstacleId", body == null ? null : body.obstacleId());
        CommuneCode commune = body == null || isBlank(body.commune()) ? null
                : values.communes("commune", List.of(body.commune())).stream().findFirst().orElse(null);
        NewDirective newDirective = body == null || body.newDirective() == null ? null
                : newDirective(values, body.newDirective());
        values.requireValid();
        if (body.referTo() != null) {
            requireObstacleNamed(directiveId, commune, obstacleId);
            obstacles.refer(directiveId, commune.value(), obstacleId, new ObstacleRequests.ReferralRequest(
                    body.referTo().department(), body.referTo().answerBy(), text.value()), actor,
                    new RequestId(requestId.value() + "-referral", null));
        }
        return commands.send(new RecordConclusion(meetingId, requestId.createdId(), text, directiveId, commune,
                obstacleId, newDirective, actor, requestId.value()));
    }

    /**
     * Issues the notice, then the directives it names (a retry of the same request answers the same notice and issues
     * nothing twice); the meeting-conclusions processor issues any this answer could not.
     */
    public NoticeAnswer issueNotice(String meetingId, NoticeRequest body, Actor actor, RequestId requestId) {
        MeetingCommands.requireProvince(actor);
        NoticeNumber number;
        try {
            number = new NoticeNumber(body == null ? null : body.number());
        } catch (InvalidValueException e) {
            throw new InvalidRequestException(List.of(new FieldError("number", e.reason())));
        }
        ConclusionNoticeIssued notice = commands.send(new IssueConclusionNotice(meetingId, number, actor, requestId.value()));
        conclusionDirectives.issue(notice, actor);
        List<String> directiveIds = new ArrayList<>();
        notice.directives().forEach(directive -> directiveIds.add(directive.directiveId()));
        return new NoticeAnswer(notice.number(), directiveIds);
    }

    private static NewDirective newDirective(RequestValues values, NewDirectiveRequest asked) {
        return new NewDirective(values.title("newDirective.title", asked.title()),
                values.description("newDirective.description", asked.description()),
                values.deadline("newDirective.deadline", asked.deadline()),
                values.communes("newDirective.communes", asked.communes()));
    }

    private static void requireObstacleNamed(String directiveId, CommuneCode commune, String obstacleId) {
        if (directiveId == null || commune == null || obstacleId == null) {
            throw new InvalidRequestException(List.of(new FieldError("referTo",
                    "refers an obstacle: name its directiveId, commune and obstacleId")));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
