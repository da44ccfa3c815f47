package org.directivetracker.projections.meetings;

import static com.mongodb.client.model.Filters.eq;
import static org.directivetracker.projections.readmodel.Bson.date;
import static org.directivetracker.projections.readmodel.Bson.instant;
import static org.directivetracker.projections.readmodel.Bson.key;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.directivetracker.core.api.event.AttendanceRecorded;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionRecorded;
import org.directivetracker.core.api.event.ConclusionRecorded.DirectiveTerms;
import org.directivetracker.core.api.event.MeetingScheduled;
import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.projections.readmodel.IdLookups;
import org.directivetracker.projections.readmodel.ReadModelCollections;
import org.directivetracker.projections.readmodel.ReadModelContext;
import org.directivetracker.projections.readmodel.ReadModelCopy;
import org.directivetracker.projections.readmodel.ReadModelRegistration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The meetings in MongoDB: one document per meeting ({@code _id} = meeting id) with its invited communes, attendance by
 * commune, conclusions in order, its notice and the ids of the directives issued from it. A meeting's own events are
 * applied once each by their sequence in its stream; a directive issued from a conclusion is added to a set, which a
 * redelivery leaves as it was. Meetings are few: each event is written as it is handled, and reads come from this
 * instance's {@link ReadModelCopy}.
 */
public final class MeetingsReadModel {

    public static final String NAME = "meetings";
    static final String MEETINGS = "meetings";
    public static final ReadModelRegistration<MeetingsReadModel> REGISTRATION = new ReadModelRegistration<>(NAME,
            List.of(MEETINGS), MeetingsReadModel::new, MeetingsProjection::new);

    private final ReadModelContext context;
    private final ReadModelCollections collections;
    private final ReadModelCopy<MeetingView> copy;

    public MeetingsReadModel(ReadModelContext context) {
        this.context = context;
        this.collections = context.collections();
        this.copy = context.copy(ReadModelCopy.Loader.documents(MEETINGS, MeetingsReadModel::viewOf));
    }

    void schedule(MeetingScheduled event, long sequence) {
        applyOnce(event.meetingId(), sequence, Updates.combine(
                Updates.set("title", event.title()),
                Updates.set("startsAt", instant(event.startsAt())),
                Updates.set("communes", event.communeCodes()),
                Updates.set("state", "SCHEDULED")));
    }

    void recordAttendance(AttendanceRecorded event, Instant at, long sequence) {
        applyOnce(event.meetingId(), sequence, Updates.set("attendance." + key(event.communeCode()),
                new Document("present", event.present()).append("representative", event.representative())
                        .append("recordedAt", instant(at))));
    }

    void recordConclusion(ConclusionRecorded event, Instant at, long sequence) {
        DirectiveTerms terms = event.newDirective();
        Document conclusion = new Document("id", event.conclusionId()).append("text", event.text())
                .append("directiveId", event.directiveId()).append("commune", event.communeCode())
                .append("obstacleId", event.obstacleId()).append("recordedAt", instant(at))
                .append("newDirective", terms == null ? null : new Document("title", terms.title())
                        .append("description", terms.description()).append("deadline", date(terms.deadline()))
                        .append("communes", terms.communeCodes()));
        applyOnce(event.meetingId(), sequence, Updates.push("conclusions", conclusion));
    }

    void issueNotice(ConclusionNoticeIssued event, Instant at, String account, long sequence) {
        Document directives = new Document();
        event.directives().forEach(directive -> directives.append(key(directive.conclusionId()), directive.directiveId()));
        applyOnce(event.meetingId(), sequence, Updates.combine(
                Updates.set("state", "CONCLUDED"),
                Updates.set("notice", new Document("number", event.number()).append("issuedAt", instant(at))
                        .append("issuedBy", account).append("directives", directives))));
    }

    /** A directive issued from one of the meeting's conclusions: added to a set, so a redelivery changes nothing. */
    void directiveIssued(String meetingId, String directiveId) {
        context.touch(meetingId);
        meetings().updateOne(eq("_id", meetingId), Updates.addToSet("issuedDirectiveIds", directiveId),
                new UpdateOptions().upsert(true));
    }

    private void applyOnce(String meetingId, long sequence, Bson change) {
        context.touch(meetingId);
        Document stored = IdLookups.byIds(meetings(), List.of(meetingId), Projections.include("lastSequence"))
                .stream().findFirst().orElse(null);
        Number last = stored == null ? null : stored.get("lastSequence", Number.class);
        if (last != null && last.longValue() >= sequence) {
            return;
        }
        meetings().updateOne(eq("_id", meetingId), Updates.combine(change, Updates.set("lastSequence", sequence)),
                new UpdateOptions().upsert(true));
    }

    private MongoCollection<Document> meetings() {
        return collections.get(MEETINGS);
    }

    /** Every scheduled meeting, by id. */
    public Map<String, MeetingView> all() {
        Map<String, MeetingView> scheduled = new HashMap<>();
        copy.current().forEach((id, meeting) -> {
            if (meeting != null) {
                scheduled.put(id, meeting);
            }
        });
        return scheduled;
    }

    /** A document becomes a view once its meeting was scheduled (a directive issued from it may arrive first). */
    private static MeetingView viewOf(Document document) {
        if (document.getString("title") == null) {
            return null;
        }
        List<String> communes = document.getList("communes", String.class);
        Document attendanceByCommune = document.get("attendance", new Document());
        List<MeetingView.Attendance> attendance = new ArrayList<>();
        for (String commune : communes) {
            Document recorded = attendanceByCommune.get(key(commune), Document.class);
            if (recorded != null) {
                attendance.add(new MeetingView.Attendance(commune, recorded.getBoolean("present"),
                        recorded.getString("representative"), instant(recorded.getString("recordedAt"))));
            }
        }
        Document notice = document.get("notice", Document.class);
        Document noticeDirectives = notice == null ? new Document() : notice.get("directives", new Document());
        Collection<String> issued = document.getList("issuedDirectiveIds", String.class, List.of());
        List<MeetingView.Conclusion> conclusions = new ArrayList<>();
        for (Document conclusion : document.getList("conclusions", Document.class, List.of())) {
            String issuedId = noticeDirectives.getString(key(conclusion.getString("id")));
            Document terms = conclusion.get("newDirective", Document.class);
            conclusions.add(new MeetingView.Conclusion(conclusion.getString("id"), conclusion.getString("text"),
                    conclusion.getString("directiveId"), conclusion.getString("commune"), conclusion.getString("obstacleId"),
                    terms == null ? null : new MeetingView.NewDirective(terms.getString("title"),
                            terms.getString("description"), date(terms.getString("deadline")),
                            terms.getList("communes", String.class)),
                    issuedId, issuedId != null && issued.contains(issuedId), instant(conclusion.getString("recordedAt"))));
        }
        return new MeetingView(document.getString("_id"), document.getString("title"),
                instant(document.getString("startsAt")),
                org.directivetracker.projections.readmodel.Bson.enumValue(
                        org.directivetracker.core.api.status.MeetingStage.class, document.getString("state")),
                communes, attendance, conclusions,
                notice == null ? null : new MeetingView.Notice(notice.getString("number"),
                        instant(notice.getString("issuedAt")), notice.getString("issuedBy"),
                        List.copyOf(noticeDirectives.values().stream().map(String.class::cast).toList())));
    }
}
