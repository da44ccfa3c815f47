package org.directivetracker.core.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReferObstacle;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.core.domain.DirectiveTestData.*;

/**
 * Events and snapshots are stored with Jackson, configured as production configures it: every event type and a
 * populated directive must read back as they were written, Vietnamese diacritics included.
 */
class SerializationRoundTripTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-05-07T03:30:00Z");
    private static final LocalDate EXTENDED = LocalDate.of(2026, 7, 15);

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(productionObjectMapper()).build();

    /** The same settings as tracker-eventstore's TrackerSerialization.objectMapper(), which the core cannot depend on. */
    static ObjectMapper productionObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }

    private static List<DirectiveEvent> oneEventOfEachType() {
        List<DirectiveEvent> events = new ArrayList<>();
        issued(LANG_TRON).forEach(event -> events.add((DirectiveEvent) event));
        events.addAll(List.of(
                new DeadlineChanged(DIRECTIVE, DEADLINE, EXTENDED, "Chờ hướng dẫn của Bộ Nội vụ", List.of("31951", "32025")),
                withdrawn("Gộp vào Chỉ thị 09/CT-UBND về cải cách hành chính"),
                closed("Chuyển phần còn lại sang kế hoạch năm 2027", "32191"),
                acknowledged(LANG_TRON),
                progressReported(LANG_TRON, 40, "Đã khảo sát xong 12/30 ấp, khóm"),
                obstacleRaised(LANG_TRON, "vuong-mac-1"),
                obstacleResolved(LANG_TRON, "vuong-mac-1"),
                new ObstacleReferred(DIRECTIVE, "31951", "vuong-mac-2", "SXD", EXTENDED, "Đề nghị Sở Xây dựng hướng dẫn", "STC"),
                new ObstacleAnswered(DIRECTIVE, "31951", "vuong-mac-2", "SXD", "Đã có hướng dẫn số 12/HD-SXD"),
                new ObstacleEscalated(DIRECTIVE, "31951", "vuong-mac-2", "SXD", "Hướng dẫn chưa đủ rõ"),
                extensionRequested(LANG_TRON, EXTENDED),
                new ExtensionGranted(DIRECTIVE, "31951", DEADLINE, EXTENDED, "Đồng ý gia hạn đến giữa tháng Bảy"),
                new ExtensionDenied(DIRECTIVE, "31951", "Không đủ căn cứ pháp lý"),
                completionSubmitted(LANG_TRON),
                new CompletionAccepted(DIRECTIVE, "31951", SUBMITTED_AT, EXTENDED, "Đạt yêu cầu, biểu dương Ủy ban xã"),
                new CompletionReturned(DIRECTIVE, "31951", "Thiếu biên bản nghiệm thu của Phòng Văn hóa - Xã hội"),
                new org.directivetracker.core.api.event.MessagePosted(DIRECTIVE, "31951", "Xã đã gửi bản scan qua hệ thống", false),
                new org.directivetracker.core.api.event.CommuneUrged(DIRECTIVE, "31951", "Đề nghị xã khẩn trương báo cáo"),
                new EvidenceAttached(DIRECTIVE, "31951", "tep-1", "biên-bản-bàn-giao.pdf", "application/pdf", 48213,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Biên bản bàn giao máy scan")));
        return events;
    }

    @Test
    void readsBackEveryEventTypeAsWritten() {
        for (DirectiveEvent event : oneEventOfEachType()) {
            SerializedObject<String> json = serializer.serialize(event, String.class);
            Object readBack = serializer.deserialize(json);
            assertThat(readBack).as(json.getData()).isEqualTo(event);
        }
    }

    @Test
    void coversEveryEventTypeOfTheContract() {
        Set<Class<?>> covered = new HashSet<>();
        oneEventOfEachType().forEach(event -> covered.add(event.getClass()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(concreteEventTypes(DirectiveEvent.class));
    }

    private static Set<Class<?>> concreteEventTypes(Class<?> type) {
        Set<Class<?>> concrete = new HashSet<>();
        if (type.isSealed()) {
            for (Class<?> subtype : type.getPermittedSubclasses()) {
                concrete.addAll(concreteEventTypes(subtype));
            }
        } else {
            concrete.add(type);
        }
        return concrete;
    }

    /** What the store holds of an obstacle raised when the category was an enum: its name as a JSON string. */
    @Test
    void readsBackAnObstacleStoredWhenTheCategoryWasAnEnumWithItsCode() {
        String stored = "{\"directiveId\":\"" + DIRECTIVE + "\",\"communeCode\":\"31951\",\"obstacleId\":\"vm-cu\","
                + "\"category\":\"LEGAL_DOCUMENTS\",\"description\":\"Đất bàn giao chưa có sổ\"}";

        ObstacleRaised readBack = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(stored,
                String.class, ObstacleRaised.class.getName(), null));

        assertThat(readBack).isEqualTo(new ObstacleRaised(DIRECTIVE, "31951", "vm-cu", "LEGAL_DOCUMENTS", "Đất bàn giao chưa có sổ"));
        assertThat(serializer.serialize(readBack, String.class).getData()).contains("\"category\":\"LEGAL_DOCUMENTS\"");
    }

    /** The handlers' parameters as the application resolves them, with the obstacle categories configured. */
    private static org.axonframework.messaging.annotation.ParameterResolverFactory withTheConfiguredCategories() {
        return org.axonframework.messaging.annotation.MultiParameterResolverFactory.ordered(
                new org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory(List.of(CATEGORIES)),
                org.axonframework.messaging.annotation.ClasspathParameterResolverFactory.forClass(Directive.class));
    }

    @Test
    void readsBackAPopulatedDirectiveSnapshotWithTheSameState() {
        Directive directive = populatedDirective();

        Directive readBack = roundTrip(directive);

        assertThat(readBack).usingRecursiveComparison().isEqualTo(directive);
    }

    @Test
    void decidesOnTheSnapshotAsOnTheLiveDirective() throws Exception {
        Directive readBack = roundTrip(populatedDirective());
        List<EventMessage<?>> applied = new ArrayList<>();
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(applied::addAll);
        EventSourcedAggregate<Directive> aggregate = EventSourcedAggregate.initialize(readBack,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Directive.class, withTheConfiguredCategories()), eventBus, NoSnapshotTriggerDefinition.TRIGGER);

        Object retried = aggregate.handle(GenericCommandMessage.asCommandMessage(new RaiseObstacle(DIRECTIVE, TAN_THANH,
                "vuong-mac-moi", new ObstacleCategory("FUNDING"), new Description("Thiếu kinh phí"), chairOf(TAN_THANH),
                "req-vuong-mac")));
        assertThat(retried).as("a retry answers the remembered obstacle id").isEqualTo("vuong-mac-tan-thanh");
        assertThat(applied).isEmpty();

        aggregate.handle(GenericCommandMessage.asCommandMessage(acceptCompletion(LANG_TRON)));
        assertThat(applied).<Object>extracting(EventMessage::getPayload).containsExactly(
                new CompletionAccepted(DIRECTIVE, "31951", SUBMITTED_AT, EXTENDED, "Đạt yêu cầu"));
    }

    private Directive roundTrip(Directive directive) {
        SerializedObject<byte[]> snapshot = serializer.serialize(directive, byte[].class);
        return serializer.deserialize(snapshot);
    }

    /**
     * A directive with every kind of commune state: extension granted or open, completion waiting or accepted,
     * obstacles, request ids. Only the dates of withdrawal and closing are missing: they end the directive, which then
     * decides nothing more.
     */
    private static Directive populatedDirective() {
        AggregateTestFixture<Directive> fixture = fixtureAtNow();
        AtomicReference<Directive> captured = new AtomicReference<>();
        fixture.givenCommands(issue(LANG_TRON, TAN_THANH, NAM_CAN),
                        acknowledge(LANG_TRON),
                        reportProgress(LANG_TRON, 60, "Đã số hóa 60% hồ sơ"),
                        raiseObstacle(LANG_TRON, "vuong-mac-lang-tron", "Máy chủ xã hỏng"),
                        resolveObstacle(LEADER, LANG_TRON, "vuong-mac-lang-tron", "Tỉnh cấp máy chủ dự phòng"),
                        requestExtension(LANG_TRON, EXTENDED, "Mưa lũ kéo dài"),
                        grantExtension(LANG_TRON, null, "Đồng ý"),
                        new RaiseObstacle(DIRECTIVE, TAN_THANH, "vuong-mac-tan-thanh", new ObstacleCategory("STAFFING"),
                                new Description("Thiếu cán bộ địa chính"), chairOf(TAN_THANH), "req-vuong-mac"),
                        submitCompletion(TAN_THANH, "Đã bố trí đủ cán bộ và hoàn thành số hóa"),
                        acceptCompletion(TAN_THANH),
                        requestExtension(NAM_CAN, EXTENDED, "Chờ kinh phí"),
                        raiseObstacle(NAM_CAN, "vuong-mac-nam-can", "Đất bàn giao chưa có giấy chứng nhận"),
                        new ReferObstacle(DIRECTIVE, NAM_CAN, "vuong-mac-nam-can", SXD, EXTENDED,
                                null, LEADER, "req-chuyen-so"))
               .andGivenCurrentTime(SUBMITTED_AT)
               .when(submitCompletion(LANG_TRON, "Đã số hóa 100% hồ sơ thủ tục hành chính"))
               .expectSuccessfulHandlerExecution()
               .expectState(captured::set);
        return captured.get();
    }
}
