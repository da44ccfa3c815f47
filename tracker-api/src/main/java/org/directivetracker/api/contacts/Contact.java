package org.directivetracker.api.contacts;

/**
 * How to reach a commune or a department: personal data, kept in its own collection, changed and erased there, never
 * in an event or a log line.
 *
 * @param code   commune or department code
 * @param email  e-mail address, or null
 * @param phone  mobile number for SMS, or null
 * @param zaloId the Zalo user id the Official Account writes to, or null
 */
public record Contact(String code, String email, String phone, String zaloId) {

    /** Never prints the addresses, should a contact end up in a log message. */
    @Override
    public String toString() {
        return "Contact[" + code + "]";
    }
}
