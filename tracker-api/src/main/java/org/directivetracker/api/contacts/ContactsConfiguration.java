package org.directivetracker.api.contacts;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

/** The contacts collection, in the service's database beside the events and read models, and who reaches whom. */
@Configuration(proxyBeanMethods = false)
public class ContactsConfiguration {

    @Bean
    public ContactBook contactBook(MongoDatabase database) {
        return new ContactBook(database);
    }

    @Bean
    public ContactKeeping contactKeeping(ContactBook contactBook, CommuneDirectory communeDirectory,
                                         DepartmentDirectory departmentDirectory, LocalAccounts localAccounts) {
        return new ContactKeeping(contactBook, communeDirectory, departmentDirectory, localAccounts);
    }

    /** A reminder reaches the commune's (department's) own contact and those of its accounts. */
    @Bean
    public ContactRecipients contactRecipients(ContactBook contactBook, LocalAccounts localAccounts) {
        return new ContactRecipients(contactBook, localAccounts::boundTo);
    }
}
