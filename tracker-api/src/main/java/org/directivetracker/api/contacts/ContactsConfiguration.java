package org.directivetracker.api.contacts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

/** The contacts collection, in the service's database beside the events and read models. */
@Configuration(proxyBeanMethods = false)
public class ContactsConfiguration {

    @Bean
    public ContactBook contactBook(MongoDatabase database) {
        return new ContactBook(database);
    }
}
