package org.directivetracker.api.reminders;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
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
    private final DepartmentDirectory departments;

    public ReminderMessages(MessageSource messages, CommuneDirectory communes, DepartmentDirectory departments) {
        this.messages = messages;
        this.communes = communes;
        this.departments = departments;
    }

    /** What a message says. */
    public record Text(String subject, String body, String shortText) {
    }

    public Text of(OutboxEntry entry) {
        // a department is written to about the obstacles it owes an answer on; a commune about its assignments
        String words = entry.remindsDepartment() ? "reminders.message.department." : "reminders.message.";
        String name = entry.remindsDepartment() ? departments.nameOf(entry.recipientCode()) : communes.nameOf(entry.recipientCode());
        String addressed = entry.remindsDepartment() ? name : typedCommune(entry.recipientCode());
        StringBuilder body = new StringBuilder()
                .append(text(words + "greeting", addressed)).append("\n\n")
                .append(text("reminders.message.intro", entry.day().format(DATE))).append("\n");
        for (OutboxEntry.Item item : entry.items()) {
            body.append(line(item)).append("\n");
        }
        body.append("\n").append(text(words + "outro"));
        String subject = text(words + "subject", name, entry.items().size());
        String shortText = entry.items().size() == 1
                ? text("reminders.message.short", line(entry.items().get(0)).substring(2))
                : text(words + "short-digest", entry.items().size(), name);
        return new Text(subject, body.toString(), shortText);
    }

    /** "xã Lạc Long Quân": the commune's name after its type, as a letter is addressed. */
    private String typedCommune(String code) {
        String commune = communes.nameOf(code);
        return communes.find(code)
                .map(found -> messages.getMessage("reminders.commune-type." + found.type(), null, "", VIETNAMESE) + " " + commune)
                .orElse(commune).strip();
    }

    private String line(OutboxEntry.Item item) {
        String date = item.deadline().format(DATE);
        return "- " + switch (item.kind()) {
            case DUE_SOON -> text("reminders.message.item.due-soon", item.directiveTitle(), date, item.window());
            case OVERDUE -> text("reminders.message.item.overdue", item.directiveTitle(), date, item.window());
            case REFERRAL_OVERDUE -> text("reminders.message.item.referral-overdue", item.directiveTitle(), date, item.window(),
                    typedCommune(item.communeCode()));
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
