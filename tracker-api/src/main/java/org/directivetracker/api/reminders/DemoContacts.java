package org.directivetracker.api.reminders;

import java.util.Locale;

import org.directivetracker.api.contacts.Contact;
import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.Department;
import org.directivetracker.projections.departments.DepartmentDirectory;

/**
 * The demo's made-up contacts: an office address per commune and per department under demo.camau.gov.vn, which the
 * demo mailbox catches.
 */
public final class DemoContacts {

    private final int registered;

    private DemoContacts(int registered) {
        this.registered = registered;
    }

    static DemoContacts register(ContactBook contacts, CommuneDirectory communes, DepartmentDirectory departments) {
        int registered = 0;
        for (Department department : departments.all()) {
            if (contacts.find(department.code()).isEmpty()) {
                String local = department.code().toLowerCase(Locale.ROOT);
                contacts.save(new Contact(department.code(), "vanphong." + local + "@demo.camau.gov.vn", null, null));
                registered++;
            }
        }
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
