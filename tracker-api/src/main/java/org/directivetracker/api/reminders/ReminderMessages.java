package org.directivetracker.api.reminders;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.directivetracker.core.api.reminder.ReminderKind;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.context.MessageSource;

/**
 * The words of a reminder, from the reminders' message bundle in Vietnamese: a subject and a body for e-mail, one short
 * line for SMS and Zalo. Dates as dd/MM/yyyy.
 */
public class ReminderMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final CommuneDirectory communes;

    public ReminderMessages(MessageSource messages, CommuneDirectory communes) {
        this.messages = messages;
        this.communes = communes;
    }

    /** What a message says. */
    public record Text(String subject, String body, String shortText) {
    }

    public Text of(OutboxEntry entry) {
        String commune = communes.nameOf(entry.communeCode());
        String typed = communes.find(entry.communeCode())
                .map(found -> messages.getMessage("reminders.commune-type." + found.type(), null, "", VIETNAMESE) + " " + commune)
                .orElse(commune).strip();
        StringBuilder body = new StringBuilder()
                .append(text("reminders.message.greeting", typed)).append("\n\n")
                .append(text("reminders.message.intro", entry.day().format(DATE))).append("\n");
        for (OutboxEntry.Item item : entry.items()) {
            body.append(line(item)).append("\n");
        }
        body.append("\n").append(text("reminders.message.outro"));
        String subject = text("reminders.message.subject", commune, entry.items().size());
        String shortText = entry.items().size() == 1
                ? text("reminders.message.short", line(entry.items().get(0)).substring(2))
                : text("reminders.message.short-digest", entry.items().size(), commune);
        return new Text(subject, body.toString(), shortText);
    }

    private String line(OutboxEntry.Item item) {
        String key = item.kind() == ReminderKind.OVERDUE ? "reminders.message.item.overdue" : "reminders.message.item.due-soon";
        return "- " + text(key, item.directiveTitle(), item.deadline().format(DATE), item.window());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
