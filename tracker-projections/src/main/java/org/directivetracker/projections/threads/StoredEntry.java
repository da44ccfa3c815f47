package org.directivetracker.projections.threads;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.EntryActor;
import org.directivetracker.core.api.query.ThreadEntry;

/**
 * A thread entry as the read model keeps it, with what the thread's readers derive from it.
 *
 * @param sequence   the event's sequence in the directive's stream; {@link #NOT_IN_THE_STREAM} for a reminder, which
 *                   lives in the reminders' own stream
 * @param communes   whose threads it belongs to; null for every commune of the directive (withdrawn, closed)
 * @param notifies   who must be told: {@code PROVINCE}, {@code COMMUNE}, {@code DEPARTMENT} (the one in the details'
 *                   {@code department}) or null
 * @param opens    the province's inbox item it opens (e.g. {@code EXTENSION}, {@code OBSTACLE:<id>}), or null
 * @param closes   the province's inbox item it closes, or null
 * @param reminderId the reminder's key for a reminder's entry ({@code ReminderDue.reminderId}); null for an event of the
 *                   directive
 */
public record StoredEntry(long sequence, Instant at, String kind, EntryActor actor, List<String> communes, String text,
        Map<String, String> details, String notifies, String opens, String closes, String reminderId) {

    public static final String PROVINCE = "PROVINCE";
    public static final String COMMUNE = "COMMUNE";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final long NOT_IN_THE_STREAM = -1;

    boolean isReminder() {
        return reminderId != null;
    }

    /**
     * The notification's id: the directive and the event's sequence (and the commune, when one event tells several),
     * or for a reminder {@code reminder:} and its key. A reminder's key holds its day, so no sequence of a directive
     * can take the same id, and a replay or a rebuild gives the same ids again.
     */
    String notificationId(String directiveId, String commune, boolean severalCommunes) {
        if (isReminder()) {
            return "reminder:" + reminderId.replace('/', ':');
        }
        return directiveId + ":" + sequence + (severalCommunes ? ":" + commune : "");
    }

    boolean belongsTo(String commune) {
        return communes == null || communes.contains(commune);
    }

    ThreadEntry view() {
        return new ThreadEntry(sequence, at, kind, actor, text, details);
    }
}
