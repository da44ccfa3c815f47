package org.directivetracker.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.directivetracker.api.audit.HistoryEntry;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stored event in plain language, from the message bundles: {@code event.<Type>} with {0} the account that acted,
 * {1} the commune's name, then the payload fields listed here for that type (dates as dd/MM/yyyy, an obstacle's
 * category in words, a department by its name). An event type without wording is shown by its name.
 */
@Component
public class TimelineWording {
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("DirectiveIssued", List.of("title", "deadline")),
            Map.entry("CommuneAssigned", List.of("deadline")),
            Map.entry("DeadlineChanged", List.of("previousDeadline", "deadline", "reason")),
            Map.entry("DirectiveWithdrawn", List.of("reason")),
            Map.entry("DirectiveClosed", List.of("note")),
            Map.entry("DirectiveAcknowledged", List.of()),
            Map.entry("ProgressReported", List.of("percent", "note")),
            Map.entry("ObstacleRaised", List.of("category", "description")),
            Map.entry("ObstacleResolved", List.of("resolution")),
            Map.entry("ExtensionRequested", List.of("proposedDeadline", "reason")),
            Map.entry("ExtensionGranted", List.of("deadline", "note")),
            Map.entry("ExtensionDenied", List.of("reason")),
            Map.entry("CompletionSubmitted", List.of("summary")),
            Map.entry("CompletionAccepted", List.of("note")),
            Map.entry("CompletionReturned", List.of("reason")),
            Map.entry("MessagePosted", List.of("text")),
            Map.entry("CommuneUrged", List.of("note")),
            Map.entry("ObstacleReferred", List.of("departmentCode", "answerBy", "note")),
            Map.entry("ObstacleAnswered", List.of("departmentCode", "answer")),
            Map.entry("ObstacleEscalated", List.of("departmentCode", "reason")));

    private final MessageSource messages;
    private final CommuneDirectory communes;
    private final PageFormats formats;
    private final DepartmentDirectory departments;

    public TimelineWording(MessageSource messages, CommuneDirectory communes, PageFormats formats,
                           DepartmentDirectory departments) {
        this.messages = messages;
        this.communes = communes;
        this.formats = formats;
        this.departments = departments;
    }

    public String describe(HistoryEntry entry, Locale locale) {
        List<String> fields = FIELDS.get(entry.type());
        if (fields == null) {
            return entry.type();
        }
        List<Object> args = new ArrayList<>();
        args.add(entry.actor() == null || entry.actor().account() == null ? "?" : entry.actor().account());
        args.add(entry.commune() == null ? "" : communes.nameOf(entry.commune()));
        for (String field : fields) {
            args.add(value(entry.payload(), field, locale));
        }
        return messages.getMessage("event." + entry.type(), args.toArray(), entry.type(), locale);
    }

    private String value(JsonNode payload, String field, Locale locale) {
        JsonNode node = payload == null ? null : payload.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (field.equals("departmentCode")) {
            return departments.nameOf(node.asText());
        }
        if (field.equals("category")) {
            return messages.getMessage("category." + node.asText(), null, node.asText(), locale);
        }
        if (node.isArray() && node.size() == 3) { // a date written as [year, month, day]
            return formats.date(LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt()));
        }
        String text = node.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return formats.date(LocalDate.parse(text));
        }
        return text;
    }
}
