package org.directivetracker.api.threads;

import org.axonframework.config.ConfigurerModule;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.threads.NotificationReads;
import org.directivetracker.projections.threads.ThreadQueries;
import org.directivetracker.projections.threads.ThreadsReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

/** The threads read model's queries (thread, inbox, notifications) and the read marks they consult. */
@Configuration(proxyBeanMethods = false)
public class ThreadConfiguration {

    @Bean
    public NotificationReads notificationReads(MongoDatabase database) {
        return new NotificationReads(database);
    }

    @Bean
    public ConfigurerModule threadQueries(ReadModelRoom readModelRoom, CommuneDirectory communeDirectory, NotificationReads reads) {
        ThreadQueries queries = new ThreadQueries(readModelRoom.readModel(ThreadsReadModel.REGISTRATION), communeDirectory, reads);
        return configurer -> configurer.registerQueryHandler(c -> queries);
    }
}
