package org.directivetracker.api.reminders;

/** The ways a reminder reaches a commune besides the in-tracker notification. */
public enum Channel {
    EMAIL,
    ZALO,
    SMS;

    /** SMS and Zalo reach a phone, which must stay quiet at night and on days off. */
    public boolean keepsQuietHours() {
        return this != EMAIL;
    }
}
