package org.directivetracker.api.audit;

import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.directivetracker.api.config.TrackerProperties;
import org.directivetracker.api.store.MongoEventStorageEngine;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The auditor's reads of the event store: history, state as of, verification and export. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public StoredStreams storedStreams(MongoEventStorageEngine engine, MongoDatabase database) {
        return new StoredStreams(engine, database);
    }

    /**
     * The commune names of the replayed views come from the application's directory when it has one, else from the
     * configured registry file.
     */
    @Bean
    public DirectiveAudit directiveAudit(StoredStreams streams, @Qualifier("eventSerializer") Serializer eventSerializer,
                                         ObjectProvider<CommuneDirectory> directory, TrackerProperties properties,
                                         ObjectProvider<Clock> clock) {
        CommuneDirectory communes = directory.getIfAvailable(() -> readDirectory(properties));
        return new DirectiveAudit(streams, eventSerializer, communes, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public ProvinceVerification provinceVerification(StoredStreams streams, ObjectProvider<Clock> clock) {
        return new ProvinceVerification(streams, clock.getIfAvailable(Clock::systemUTC));
    }

    private static CommuneDirectory readDirectory(TrackerProperties properties) {
        try (InputStream csv = properties.communes().csv().getInputStream()) {
            return CommuneDirectory.fromCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the commune registry " + properties.communes().csv(), e);
        }
    }
}
