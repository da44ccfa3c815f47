package org.directivetracker.api.reminders;

import java.util.Locale;

import org.directivetracker.api.contacts.Contact;
import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;

/** The demo's made-up contacts: an office address per commune under demo.camau.gov.vn, which the demo mailbox catches. */
public final class DemoContacts {

    private final int registered;

    private DemoContacts(int registered) {
        this.registered = registered;
    }

    static DemoContacts register(ContactBook contacts, CommuneDirectory communes) {
        int registered = 0;
        for (Commune commune : communes.all()) {
            if (contacts.find(commune.code()).isEmpty()) {
                String local = commune.nameAscii().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
                contacts.save(new Contact(commune.code(), "vanphong." + local + "@demo.camau.gov.vn", null, null));
                registered++;
            }
        }
        return new DemoContacts(registered);
    }

    public int registered() {
        return registered;
    }
}
