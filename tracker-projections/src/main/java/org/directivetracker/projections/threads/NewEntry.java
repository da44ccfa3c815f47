package org.directivetracker.projections.threads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.query.EntryActor;

/** Builds a thread entry from an event message: its time and actor from the message, the rest said by the handler. */
public final class NewEntry {
    private final long sequence;
    private final EventMessage<?> message;
    private final String kind;
    private List<String> communes;
    private String text;
    private final Map<String, String> details = new LinkedHashMap<>();
    private String notifies;
    private String opens;
    private String closes;
    private String reminderId;

    private NewEntry(long sequence, EventMessage<?> message, String kind) {
        this.sequence = sequence;
        this.message = message;
        this.kind = kind;
    }

    public static NewEntry of(String kind, long sequence, EventMessage<?> message) {
        return new NewEntry(sequence, message, kind);
    }

    /** In one commune's thread. */
    public NewEntry in(String commune) {
        return in(List.of(commune));
    }

    /** In the threads of these communes. */
    public NewEntry in(List<String> communes) {
        this.communes = List.copyOf(communes);
        return this;
    }

    /** In the thread of every commune of the directive. */
    public NewEntry inEveryThread() {
        this.communes = null;
        return this;
    }

    public NewEntry text(String text) {
        this.text = text;
        return this;
    }

    public NewEntry detail(String name, Object value) {
        if (value != null) {
            details.put(name, value.toString());
        }
        return this;
    }

    /** The commune must see it. */
    public NewEntry notifiesCommune() {
        this.notifies = StoredEntry.COMMUNE;
        return this;
    }

    /** The province must see it. */
    public NewEntry notifiesProvince() {
        this.notifies = StoredEntry.PROVINCE;
        return this;
    }

    /** The side that did not write it must see it. */
    public NewEntry notifiesTheOtherSide() {
        return isFromProvince() ? notifiesCommune() : notifiesProvince();
    }

    /** A department must see it: the one named in the details' {@code department}. */
    public NewEntry notifiesDepartment(String departmentCode) {
        this.notifies = StoredEntry.DEPARTMENT;
        return detail("department", departmentCode);
    }

    /** An entry of a reminder, kept by the reminder's key beside the directive's events. */
    public static NewEntry ofReminder(String kind, String reminderId, EventMessage<?> message) {
        NewEntry entry = new NewEntry(StoredEntry.NOT_IN_THE_STREAM, message, kind);
        entry.reminderId = reminderId;
        return entry;
    }

    /** It waits on the province's decision until an entry closes the same item. */
    public NewEntry opens(String item) {
        this.opens = item;
        return this;
    }

    public NewEntry closes(String item) {
        this.closes = item;
        return this;
    }

    boolean isFromProvince() {
        return !"COMMUNE".equals(metadata(MetadataKeys.ROLE));
    }

    StoredEntry build() {
        EntryActor actor = new EntryActor(metadata(MetadataKeys.ACCOUNT), metadata(MetadataKeys.ROLE), metadata(MetadataKeys.COMMUNE));
        return new StoredEntry(sequence, message.getTimestamp(), kind, actor, communes, text, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details)), notifies, opens, closes, reminderId);
    }

    private String metadata(String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
