package org.directivetracker.projections.progress;

import static org.directivetracker.projections.readmodel.Bson.date;
import static org.directivetracker.projections.readmodel.Bson.enumValue;
import static org.directivetracker.projections.readmodel.Bson.instant;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.readmodel.Bson;

/**
 * Writes a {@link DirectiveState} as small documents and reads it back unchanged: the directive's own facts in one
 * document ({@code _id} = directive id), each assigned commune in one of its own ({@code _id} =
 * {@link #assignmentId(String, String)}), so that an event rewrites only what it changed.
 */
final class DirectiveStateDocuments {

    /** The directive document's list of assigned commune codes, in the order they were assigned. */
    static final String COMMUNES = "communes";

    private DirectiveStateDocuments() {
    }

    /** An assignment's id: the commune code (five digits, so never ambiguous), a slash, the directive id. */
    static String assignmentId(String communeCode, String directiveId) {
        return communeCode + "/" + directiveId;
    }

    /** The directive's facts and the codes of its assigned communes: the fields of its document a {@code $set} writes. */
    static Document facts(DirectiveState state, Collection<String> communeCodes) {
        return new Document("title", state.title)
                .append("description", state.description)
                .append("reference", state.reference)
                .append("field", state.field)
                .append("priority", state.priority == null ? null : state.priority.name())
                .append("deadline", date(state.deadline))
                .append("originalDeadline", date(state.originalDeadline))
                .append("state", state.lifecycle.name())
                .append("issuedAt", instant(state.issuedAt))
                .append("originMeeting", state.origin == null ? null : state.origin.meetingId())
                .append("originConclusion", state.origin == null ? null : state.origin.conclusionId())
                .append("endedAt", instant(state.endedAt))
                .append("endReason", state.endReason)
                .append("lastSequence", state.lastSequence)
                .append(COMMUNES, List.copyOf(communeCodes));
    }

    /**
     * The directive's facts from its document, with no commune loaded. A document made only by a CommuneAssigned
     * (before its DirectiveIssued, which the aggregate never does) reads as an active directive not yet issued.
     */
    static DirectiveState factsFromDocument(Document document) {
        DirectiveState state = new DirectiveState(document.getString("_id"));
        state.title = document.getString("title");
        state.description = document.getString("description");
        state.reference = document.getString("reference");
        state.field = document.getString("field");
        state.priority = enumValue(Priority.class, document.getString("priority"));
        state.deadline = date(document.getString("deadline"));
        state.originalDeadline = date(document.getString("originalDeadline"));
        String lifecycle = document.getString("state");
        state.lifecycle = lifecycle == null ? DirectiveLifecycle.ACTIVE : DirectiveLifecycle.valueOf(lifecycle);
        state.issuedAt = instant(document.getString("issuedAt"));
        String originMeeting = document.getString("originMeeting");
        state.origin = originMeeting == null ? null : new Origin(originMeeting, document.getString("originConclusion"));
        state.endedAt = instant(document.getString("endedAt"));
        state.endReason = document.getString("endReason");
        Number lastSequence = document.get("lastSequence", Number.class);
        state.lastSequence = lastSequence == null ? -1 : lastSequence.longValue();
        return state;
    }

    /** Adds a commune read from its assignment document; the state's last sequence covers the commune's. */
    static void addCommune(DirectiveState state, CommuneProgress commune) {
        state.communes.put(commune.code, commune);
        state.lastSequence = Math.max(state.lastSequence, commune.lastSequence);
    }

    static Document toDocument(String directiveId, CommuneProgress commune) {
        Document obstacles = new Document();
        commune.openObstacles().forEach((id, raisedAt) -> obstacles.append(Bson.key(id), new Document("id", id).append("raisedAt", instant(raisedAt))));
        return new Document("_id", assignmentId(commune.code, directiveId))
                .append("directiveId", directiveId)
                .append("code", commune.code)
                .append("stage", commune.stage.name())
                .append("percent", commune.percent)
                .append("deadline", date(commune.deadline))
                .append("originalDeadline", date(commune.originalDeadline))
                .append("assignedAt", instant(commune.assignedAt))
                .append("acknowledgedAt", instant(commune.acknowledgedAt))
                .append("lastReportAt", instant(commune.lastReportAt))
                .append("submittedAt", instant(commune.submittedAt))
                .append("completedAt", instant(commune.completedAt))
                .append("requestedDeadline", date(commune.requestedDeadline))
                .append("openObstacles", obstacles)
                .append("lastSequence", commune.lastSequence);
    }

    static CommuneProgress communeFromDocument(Document document) {
        CommuneProgress commune = new CommuneProgress(document.getString("code"));
        commune.stage = Stage.valueOf(document.getString("stage"));
        commune.percent = document.getInteger("percent");
        commune.deadline = date(document.getString("deadline"));
        commune.originalDeadline = date(document.getString("originalDeadline"));
        commune.assignedAt = instant(document.getString("assignedAt"));
        commune.acknowledgedAt = instant(document.getString("acknowledgedAt"));
        commune.lastReportAt = instant(document.getString("lastReportAt"));
        commune.submittedAt = instant(document.getString("submittedAt"));
        commune.completedAt = instant(document.getString("completedAt"));
        commune.requestedDeadline = date(document.getString("requestedDeadline"));
        for (Object obstacle : document.get("openObstacles", Document.class).values()) {
            Document open = (Document) obstacle;
            commune.obstacleOpened(open.getString("id"), instant(open.getString("raisedAt")));
        }
        commune.lastSequence = document.get("lastSequence", Number.class).longValue();
        return commune;
    }
}
