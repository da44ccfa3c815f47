package org.directivetracker.core.api;

/** Keys of the message metadata that the server sets on every command and that its events carry. */
public final class MetadataKeys {
    public static final String ACCOUNT = "account";
    public static final String ROLE = "role";
    public static final String COMMUNE = "commune";
    public static final String REQUEST_ID = "requestId";

    private MetadataKeys() {
    }
}
