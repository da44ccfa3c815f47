package org.directivetracker.projections.progress;

import static org.directivetracker.projections.store.Bson.date;
import static org.directivetracker.projections.store.Bson.enumValue;
import static org.directivetracker.projections.store.Bson.instant;

import java.util.Map;

import org.bson.Document;
import org.directivetracker.core.api.query.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.store.Bson;

/** Writes a {@link DirectiveState} as one document ({@code _id} = directive id) and reads it back unchanged. */
public final class DirectiveStateDocuments {

    private DirectiveStateDocuments() {
    }

    public static Document toDocument(DirectiveState state) {
        Document communes = new Document();
        for (CommuneProgress commune : state.communes.values()) {
            communes.append(commune.code, toDocument(commune));
        }
        return new Document("_id", state.directiveId)
                .append("title", state.title)
                .append("description", state.description)
                .append("reference", state.reference)
                .append("field", state.field)
                .append("priority", state.priority == null ? null : state.priority.name())
                .append("deadline", date(state.deadline))
                .append("originalDeadline", date(state.originalDeadline))
                .append("state", state.lifecycle.name())
                .append("issuedAt", instant(state.issuedAt))
                .append("endedAt", instant(state.endedAt))
                .append("endReason", state.endReason)
                .append("lastSequence", state.lastSequence)
                .append("communes", communes);
    }

    public static Document toDocument(CommuneProgress commune) {
        Document obstacles = new Document();
        commune.openObstacles.forEach((id, raisedAt) -> obstacles.append(Bson.key(id), new Document("id", id).append("raisedAt", instant(raisedAt))));
        return new Document("code", commune.code)
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

    public static DirectiveState fromDocument(Document document) {
        DirectiveState state = new DirectiveState(document.getString("_id"));
        state.title = document.getString("title");
        state.description = document.getString("description");
        state.reference = document.getString("reference");
        state.field = document.getString("field");
        state.priority = enumValue(Priority.class, document.getString("priority"));
        state.deadline = date(document.getString("deadline"));
        state.originalDeadline = date(document.getString("originalDeadline"));
        state.lifecycle = DirectiveLifecycle.valueOf(document.getString("state"));
        state.issuedAt = instant(document.getString("issuedAt"));
        state.endedAt = instant(document.getString("endedAt"));
        state.endReason = document.getString("endReason");
        state.lastSequence = document.get("lastSequence", Number.class).longValue();
        Document communes = document.get("communes", Document.class);
        for (Map.Entry<String, Object> entry : communes.entrySet()) {
            CommuneProgress commune = communeFromDocument((Document) entry.getValue());
            state.communes.put(commune.code, commune);
        }
        return state;
    }

    public static CommuneProgress communeFromDocument(Document document) {
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
            commune.openObstacles.put(open.getString("id"), instant(open.getString("raisedAt")));
        }
        commune.lastSequence = document.get("lastSequence", Number.class).longValue();
        return commune;
    }
}
