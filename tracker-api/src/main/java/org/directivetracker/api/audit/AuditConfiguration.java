package org.directivetracker.api.audit;

import org.axonframework.serialization.Serializer;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.eventstore.verification.ProvinceVerification;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The auditor's reads of the event store: history, state as of, verification and export. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public StoredStreams storedStreams(MongoEventStorageEngine engine) {
        return new StoredStreams(engine);
    }

    @Bean
    public DirectiveAudit directiveAudit(StoredStreams streams, @Qualifier("eventSerializer") Serializer eventSerializer,
                                         CommuneDirectory communes, TimelinessRules timelinessRules, ObjectProvider<Clock> clock) {
        return new DirectiveAudit(streams, eventSerializer, communes, timelinessRules, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public ProvinceVerification provinceVerification(StoredStreams streams, ObjectProvider<Clock> clock) {
        return new ProvinceVerification(streams, clock.getIfAvailable(Clock::systemUTC));
    }
}
