package org.directivetracker.api.obstacles;

import jakarta.validation.Validator;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.directives.WriteAnswer;
import org.directivetracker.api.obstacles.ObstacleRequests.AnswerRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.EscalationRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ObstacleRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ReferralRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ResolutionRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AnswerObstacle;
import org.directivetracker.core.api.command.EscalateObstacle;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReferObstacle;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.springframework.stereotype.Service;

/**
 * Obstacles on a commune's assignment: the commune raises one, the commune or the province resolves it; the province
 * refers it to a department, the department answers, the commune escalates an answer that did not help. The REST
 * API and the pages both come through here.
 */
@Service
public class ObstacleActions {
    private final Commands commands;
    private final Validator validator;

    public ObstacleActions(Commands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    /** Answers the new obstacle's id: derived from the request id, so a retry names the same obstacle. */
    public WriteAnswer raise(String id, String commune, ObstacleRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        ObstacleCategory category = values.category("category", body.category());
        Description description = values.description("description", body.description());
        values.requireValid();
        String obstacleId = requestId.createdId();
        commands.send(new RaiseObstacle(id, new CommuneCode(commune), obstacleId, category, description, actor,
                requestId.value()));
        return WriteAnswer.obstacle(id, commune, obstacleId);
    }

    public WriteAnswer resolve(String id, String commune, String obstacleId, ResolutionRequest body, Actor actor,
                               RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note resolution = values.note("resolution", body.resolution());
        values.requireValid();
        commands.send(new ResolveObstacle(id, new CommuneCode(commune), obstacleId, resolution, actor, requestId.value()));
        return WriteAnswer.obstacle(id, commune, obstacleId);
    }

    public WriteAnswer refer(String id, String commune, String obstacleId, ReferralRequest body, Actor actor,
                             RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note note = values.optionalNote("note", body.note());
        values.requireValid();
        commands.send(new ReferObstacle(id, new CommuneCode(commune), obstacleId, new DepartmentCode(body.department()),
                body.answerBy(), note, actor, requestId.value()));
        return WriteAnswer.obstacle(id, commune, obstacleId);
    }

    public WriteAnswer answer(String id, String commune, String obstacleId, AnswerRequest body, Actor actor,
                              RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note answer = values.note("answer", body.answer());
        values.requireValid();
        commands.send(new AnswerObstacle(id, new CommuneCode(commune), obstacleId, answer, actor, requestId.value()));
        return WriteAnswer.obstacle(id, commune, obstacleId);
    }

    public WriteAnswer escalate(String id, String commune, String obstacleId, EscalationRequest body, Actor actor,
                                RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new EscalateObstacle(id, new CommuneCode(commune), obstacleId, reason, actor, requestId.value()));
        return WriteAnswer.obstacle(id, commune, obstacleId);
    }
}
