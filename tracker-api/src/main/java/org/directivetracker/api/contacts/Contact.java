package org.directivetracker.api.contacts;

/**
 * How to reach a commune or a department: personal data, kept in its own collection, changed and erased there, never
 * in an event or a log line.
 *
 * @param code   commune or department code, or {@code account:<name>} for an account's own contact
 * @param email  e-mail address, or null
 * @param phone  mobile number for SMS, or null
 * @param zaloId the Zalo user id the Official Account writes to, or null
 */
public record Contact(String code, String email, String phone, String zaloId) {

    private static final String ACCOUNT = "account:";

    /** The key of an account's own contact. */
    public static String accountKey(String account) {
        return ACCOUNT + account;
    }

    public static Contact ofAccount(String account, String email, String phone, String zaloId) {
        return new Contact(accountKey(account), email, phone, zaloId);
    }

    /** Whether it is an account's own contact rather than a commune's or a department's. */
    public boolean belongsToAnAccount() {
        return code.startsWith(ACCOUNT);
    }

    /** The account's name, for an account's own contact; else null. */
    public String account() {
        return belongsToAnAccount() ? code.substring(ACCOUNT.length()) : null;
    }

    /** Never prints the addresses, should a contact end up in a log message. */
    @Override
    public String toString() {
        return "Contact[" + code + "]";
    }
}
