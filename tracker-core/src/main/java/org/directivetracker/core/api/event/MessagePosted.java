package org.directivetracker.core.api.event;

/**
 * A free message in one commune's thread of a directive. {@code fromProvince} says which side wrote it, so that the
 * event read alone still tells who was answering whom; the account is in the metadata.
 */
public record MessagePosted(String directiveId, String communeCode, String text, boolean fromProvince) implements CommuneEvent {
}
