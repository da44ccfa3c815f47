package org.directivetracker.api.notifications;

import java.util.List;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.NotificationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/notifications}, newest first; {@code POST /api/notifications/{id}/read}. */
@RestController
public class NotificationController {
    private final Notifications notifications;

    public NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    public List<NotificationView> notifications(Actor actor) {
        return notifications.of(actor);
    }

    @PostMapping("/api/notifications/{id:[\\w.:-]{1,200}}/read")
    public ResponseEntity<Void> read(@PathVariable String id, Actor actor) {
        notifications.markRead(actor, id);
        return ResponseEntity.noContent().build();
    }
}
