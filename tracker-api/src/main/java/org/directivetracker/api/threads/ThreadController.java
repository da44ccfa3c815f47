package org.directivetracker.api.threads;

import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.threads.ThreadMessages.MessageAnswer;
import org.directivetracker.api.threads.ThreadRequests.MessageRequest;
import org.directivetracker.api.threads.ThreadRequests.UrgeRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.ThreadView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One commune's thread on a directive over HTTP: read it, write a message, urge the commune. */
@RestController
@RequestMapping(DirectivePaths.ASSIGNMENT)
public class ThreadController {
    private final ThreadReads reads;
    private final ThreadMessages messages;

    public ThreadController(ThreadReads reads, ThreadMessages messages) {
        this.reads = reads;
        this.messages = messages;
    }

    @GetMapping("/thread")
    public ThreadView thread(@PathVariable String id, @PathVariable String code, Actor actor) {
        return reads.thread(id, code, actor);
    }

    @PostMapping("/messages")
    public ResponseEntity<MessageAnswer> post(@PathVariable String id, @PathVariable String code,
                                              @RequestBody(required = false) MessageRequest body, Actor actor, RequestId requestId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(messages.post(id, code, body, actor, requestId));
    }

    @PostMapping("/urge")
    public ResponseEntity<Void> urge(@PathVariable String id, @PathVariable String code,
                                     @RequestBody(required = false) UrgeRequest body, Actor actor, RequestId requestId) {
        messages.urge(id, code, body, actor, requestId);
        return ResponseEntity.ok().build();
    }
}
