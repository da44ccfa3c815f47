package org.directivetracker.api.reminders;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.directivetracker.api.contacts.Contact;
import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.api.contacts.ContactRecipients;
import org.directivetracker.api.operations.TrackerProperties;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.domain.ReminderDay;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reminders: the day's stream (the {@link ReminderDay} aggregate), what is due, the outbox and its writer (a tracking
 * processor of its own), the channels that are enabled, and the schedule.
 */
@EnableConfigurationProperties(ReminderProperties.class)
@Configuration(proxyBeanMethods = false)
public class ReminderConfiguration {

    static final Duration DEMO_PERIOD = Duration.ofMinutes(2);

    @Bean
    public ConfigurerModule reminderDayAndOutboxWriter(OutboxWriter outboxWriter) {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(ReminderDay.class));
            configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(OutboxWriter.PROCESSOR, c -> c.eventStore(),
                            c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                    .registerEventHandler(c -> outboxWriter)
                    // a failed outbox write stops the processor, which retries it: a reminder is never skipped
                    .registerListenerInvocationErrorHandler(OutboxWriter.PROCESSOR, c -> PropagatingErrorHandler.instance()));
        };
    }

    @Bean
    public DueReminders dueReminders(ReadModelRoom readModelRoom, TimelinessRules timelinessRules, ReminderProperties settings) {
        return new DueReminders(readModelRoom.readModel(DirectiveStates.REGISTRATION),
                readModelRoom.readModel(ObstacleRegisterReadModel.REGISTRATION), timelinessRules,
                settings.dueSoonWindows(), settings.overdueEvery());
    }

    @Bean
    public ReminderRuns reminderRuns(DueReminders dueReminders, CommandGateway commandGateway, ObjectProvider<Clock> clock) {
        return new ReminderRuns(dueReminders, commandGateway, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public ReminderOutbox reminderOutbox(MongoDatabase database) {
        return new ReminderOutbox(database);
    }

    @Bean
    public QuietHours quietHours(ReminderProperties settings, TimelinessRules timelinessRules) {
        return new QuietHours(settings.quietHours(), timelinessRules.calendar());
    }

    @Bean
    public ReminderChannels reminderChannels(ReminderProperties settings, ObjectProvider<JavaMailSender> mailSender,
                                             ObjectProvider<DemoMailServer> demoMailbox) {
        Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
        DemoMailServer demo = demoMailbox.getIfAvailable();
        if (!settings.email().enabled() && demo != null) {
            JavaMailSenderImpl toDemoMailbox = new JavaMailSenderImpl();
            toDemoMailbox.setHost(InetAddress.getLoopbackAddress().getHostAddress());
            toDemoMailbox.setPort(demo.port());
            toDemoMailbox.setDefaultEncoding("UTF-8");
            channels.put(Channel.EMAIL, new EmailDelivery(toDemoMailbox, settings.email()));
        } else if (settings.email().enabled()) {
            JavaMailSender sender = mailSender.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("tracker.reminders.email.enabled needs an SMTP server: set spring.mail.host");
            }
            channels.put(Channel.EMAIL, new EmailDelivery(sender, settings.email()));
        }
        if (settings.zalo().enabled()) {
            channels.put(Channel.ZALO, new HttpDelivery(Channel.ZALO, settings.zalo(), Contact::zaloId));
        }
        if (settings.sms().enabled()) {
            channels.put(Channel.SMS, new HttpDelivery(Channel.SMS, settings.sms(), Contact::phone));
        }
        return new ReminderChannels(channels);
    }

    /** The channels this service delivers on. */
    public record ReminderChannels(Map<Channel, DeliveryChannel> byChannel) {
        public List<Channel> enabled() {
            return new ArrayList<>(byChannel.keySet());
        }
    }

    @Bean
    public OutboxWriter outboxWriter(ReminderOutbox outbox, ReminderChannels channels, QuietHours quietHours,
                                     ReminderProperties settings, ObjectProvider<Clock> clock) {
        return new OutboxWriter(outbox, channels.enabled(), quietHours, settings.delivery().gather(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public ReminderMessages reminderMessages(MessageSource messageSource, CommuneDirectory communeDirectory,
                                             DepartmentDirectory departmentDirectory) {
        return new ReminderMessages(messageSource, communeDirectory, departmentDirectory);
    }

    @Bean
    public OutboxDelivery outboxDelivery(ReminderOutbox outbox, ReminderChannels channels, ContactRecipients contactRecipients,
                                         ReminderMessages reminderMessages, ReminderProperties settings,
                                         ObjectProvider<Clock> clock, MeterRegistry meterRegistry) {
        return new OutboxDelivery(outbox, channels.byChannel(), contactRecipients, reminderMessages, settings.delivery().lease(),
                clock.getIfAvailable(Clock::systemUTC), meterRegistry);
    }

    /** In the demo the day is run every two minutes unless {@code tracker.reminders.every} says otherwise. */
    @Bean
    public ReminderSchedule reminderSchedule(ReminderRuns reminderRuns, OutboxDelivery outboxDelivery, ReminderProperties settings,
                                             TrackerProperties province) {
        Duration every = settings.every() != null ? settings.every() : province.demo() ? DEMO_PERIOD : null;
        return new ReminderSchedule(reminderRuns, outboxDelivery, settings, every);
    }

    /** The demo's in-process mailbox, which catches the reminders' e-mail when no SMTP server is configured. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "tracker.demo", havingValue = "true")
    public DemoMailServer demoMailServer() {
        return new DemoMailServer();
    }

    /** In the demo every commune and department gets a made-up office address (one it already has is kept). */
    @Bean
    @ConditionalOnProperty(name = "tracker.demo", havingValue = "true")
    public DemoContacts demoContacts(ContactBook contactBook, CommuneDirectory communeDirectory,
                                     DepartmentDirectory departmentDirectory) {
        return DemoContacts.register(contactBook, communeDirectory, departmentDirectory);
    }
}
