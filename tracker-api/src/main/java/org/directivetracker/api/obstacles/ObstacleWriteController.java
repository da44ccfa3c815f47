package org.directivetracker.api.obstacles;

import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.directives.WriteAnswer;
import org.directivetracker.api.obstacles.ObstacleRequests.AnswerRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.EscalationRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ObstacleRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ReferralRequest;
import org.directivetracker.api.obstacles.ObstacleRequests.ResolutionRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Raising, referring, answering, escalating and resolving an obstacle on a commune's assignment, over HTTP. */
@RestController
@RequestMapping(DirectivePaths.ASSIGNMENT + "/obstacles")
public class ObstacleWriteController {

    private final ObstacleActions obstacles;

    public ObstacleWriteController(ObstacleActions obstacles) {
        this.obstacles = obstacles;
    }

    @PostMapping
    public ResponseEntity<WriteAnswer> raise(@PathVariable String id, @PathVariable String code, @RequestBody ObstacleRequest body,
                                             Actor actor, RequestId requestId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(obstacles.raise(id, code, body, actor, requestId));
    }

    @PostMapping("/" + DirectivePaths.OBSTACLE_ID + "/resolve")
    public WriteAnswer resolve(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                               @RequestBody ResolutionRequest body, Actor actor, RequestId requestId) {
        return obstacles.resolve(id, code, obstacleId, body, actor, requestId);
    }

    @PostMapping("/" + DirectivePaths.OBSTACLE_ID + "/refer")
    public WriteAnswer refer(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                             @RequestBody ReferralRequest body, Actor actor, RequestId requestId) {
        return obstacles.refer(id, code, obstacleId, body, actor, requestId);
    }

    @PostMapping("/" + DirectivePaths.OBSTACLE_ID + "/answer")
    public WriteAnswer answer(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                              @RequestBody AnswerRequest body, Actor actor, RequestId requestId) {
        return obstacles.answer(id, code, obstacleId, body, actor, requestId);
    }

    @PostMapping("/" + DirectivePaths.OBSTACLE_ID + "/escalate")
    public WriteAnswer escalate(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                                @RequestBody EscalationRequest body, Actor actor, RequestId requestId) {
        return obstacles.escalate(id, code, obstacleId, body, actor, requestId);
    }
}
