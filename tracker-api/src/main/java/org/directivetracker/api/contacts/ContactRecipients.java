package org.directivetracker.api.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whom a reminder to a commune or a department reaches: its own contact (the office's, which outlives any one
 * official), and besides it the own contact of each of its accounts that has one. Both, not one instead of the other:
 * a personal number reaches the person in charge at once, and the office keeps a copy when that person has moved on.
 */
public class ContactRecipients {

    private final ContactBook contacts;
    private final Function<String, List<String>> accountsBoundTo;

    /**
     * @param accountsBoundTo the names of the accounts bound to a commune or department code
     */
    public ContactRecipients(ContactBook contacts, Function<String, List<String>> accountsBoundTo) {
        this.contacts = contacts;
        this.accountsBoundTo = accountsBoundTo;
    }

    /** The contacts kept for the code and for its accounts, the code's own first. */
    public List<Contact> of(String communeOrDepartmentCode) {
        List<Contact> found = new ArrayList<>();
        contacts.find(communeOrDepartmentCode).ifPresent(found::add);
        for (String account : accountsBoundTo.apply(communeOrDepartmentCode)) {
            contacts.findAccount(account).ifPresent(found::add);
        }
        return found;
    }
}
