package org.directivetracker.api.reminders;

import java.time.LocalDate;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.domain.NotPermittedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs a day's reminders by hand (default: today in the province); running a day again adds nothing. PROVINCE only. */
@RestController
@RequestMapping("/api/admin/reminders")
public class ReminderAdminController {

    private final ReminderRuns runs;

    public ReminderAdminController(ReminderRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/run")
    public ReminderRuns.RunReport run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                      Actor actor) {
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("running the reminders is reserved to the province's accounts");
        }
        return date == null ? runs.runToday(actor) : runs.run(date, actor);
    }
}
