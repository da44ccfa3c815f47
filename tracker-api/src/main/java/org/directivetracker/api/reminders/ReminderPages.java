package org.directivetracker.api.reminders;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.directivetracker.api.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The operations page of reminders, for the province: deliveries that failed for good (with the cause), those still
 * waiting, and a button to run today's reminders now. Addresses are never shown: they stay in the contacts.
 */
@Controller
@PageController
public class ReminderPages {

    static final String PATH = "/province/reminders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ProvinceTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReminderOutbox outbox;
    private final ReminderRuns runs;
    private final CommuneDirectory communes;
    private final DepartmentDirectory departments;
    private final ObjectProvider<DemoMailServer> demoMailbox;

    public ReminderPages(ReminderOutbox outbox, ReminderRuns runs, CommuneDirectory communes, DepartmentDirectory departments,
                         ObjectProvider<DemoMailServer> demoMailbox) {
        this.departments = departments;
        this.outbox = outbox;
        this.runs = runs;
        this.communes = communes;
        this.demoMailbox = demoMailbox;
    }

    /** A message the demo mailbox caught. */
    public record DemoMail(String at, String to, String subject, String body) {
    }

    /** One outbox entry as the page shows it. */
    public record Row(String id, String recipient, String channel, String day, int reminders, int attempts, String nextTry,
                      String lastError) {
    }

    @GetMapping(PATH)
    public String page(Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("failed", rows(OutboxEntry.State.FAILED));
        model.addAttribute("waiting", rows(OutboxEntry.State.PENDING));
        model.addAttribute("noContact", rows(OutboxEntry.State.NO_CONTACT));
        model.addAttribute("ran", request.getParameter("ran"));
        DemoMailServer demo = demoMailbox.getIfAvailable();
        model.addAttribute("demo", demo != null);
        model.addAttribute("demoMails", demo == null ? List.of() : demo.received().stream()
                .map(mail -> new DemoMail(WHEN.format(mail.receivedAt()), mail.to(), mail.subject(), mail.body())).toList());
        return "operations/reminders";
    }

    @PostMapping(PATH + "/run")
    public String runToday(Actor actor) {
        ReminderRuns.RunReport report = runs.runToday(actor);
        return "redirect:" + PATH + "?ran=" + report.due();
    }

    private String recipientName(OutboxEntry entry) {
        return entry.remindsDepartment() ? departments.nameOf(entry.recipientCode()) : communes.nameOf(entry.recipientCode());
    }

    private List<Row> rows(OutboxEntry.State state) {
        return outbox.inState(state).stream()
                .sorted(Comparator.comparing(OutboxEntry::day).reversed().thenComparing(OutboxEntry::recipientCode))
                .map(entry -> new Row(entry.id(), recipientName(entry), entry.channel().name(),
                        entry.day().format(DAY), entry.items().size(), entry.attempts(), WHEN.format(entry.notBefore()),
                        entry.lastError()))
                .toList();
    }
}
