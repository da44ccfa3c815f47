package org.directivetracker.projections;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.briefing.BriefingChangesReadModel;
import org.directivetracker.projections.briefing.BriefingQueries;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.registry.TrackerReadModels;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Every read model in a room on an embedded MongoDB (mongo-java-server, memory backend) reached by the real driver over
 * a loopback socket, each test in a database of its own; events go in through Axon's annotation adapter, in batches
 * closed by the room's machinery as a tracking processor's are.
 */
public final class ReadModels implements AutoCloseable {

    public static final CommuneDirectory COMMUNES = loadCommunes();
    public static final DepartmentDirectory DEPARTMENTS = loadDepartments();
    /** The batch size of the service's tracking processors. */
    static final int BATCH = 100;

    private static MongoServer server;
    private static MongoClient client;

    /** Vietnam's working days as shipped, due soon within 3 working days. */
    public static final TimelinessRules RULES = TimelinessRules.standard();

    public final MongoDatabase database;
    public final ReadModelRoom room;
    public final DirectiveStates progress;
    public final ObstacleRegisterReadModel obstacles;
    public final BriefingChangesReadModel changes;
    public final DirectiveProgressQueries progressQueries;
    public final CommuneStatusQueries communeQueries;
    public final ObstacleRegisterQueries obstacleQueries;
    public final BriefingQueries briefingQueries;
    private final List<ReadModelRoom.Live<?>> live;

    public ReadModels() {
        this(client().getDatabase("test_" + UUID.randomUUID().toString().replace("-", "")));
    }

    /** Another instance on the same database: its own room, so its own copies. */
    public ReadModels(MongoDatabase database) {
        this.database = database;
        room = new ReadModelRoom(database, TrackerReadModels.ALL);
        progress = room.readModel(DirectiveStates.REGISTRATION);
        obstacles = room.readModel(ObstacleRegisterReadModel.REGISTRATION);
        changes = room.readModel(BriefingChangesReadModel.REGISTRATION);
        progressQueries = new DirectiveProgressQueries(progress, COMMUNES, RULES);
        communeQueries = new CommuneStatusQueries(progress, COMMUNES, RULES);
        obstacleQueries = new ObstacleRegisterQueries(obstacles, COMMUNES, DEPARTMENTS);
        briefingQueries = new BriefingQueries(progress, obstacles, changes, COMMUNES, DEPARTMENTS, RULES);
        live = room.all();
    }

    public static synchronized MongoClient client() {
        if (client == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                client.close();
                server.shutdownNow();
            }));
        }
        return client;
    }

    private static CommuneDirectory loadCommunes() {
        try (InputStream csv = ReadModels.class.getResourceAsStream("/ca-mau-communes.csv")) {
            return CommuneDirectory.fromCsv(csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DepartmentDirectory loadDepartments() {
        try (InputStream csv = ReadModels.class.getResourceAsStream("/ca-mau-departments.csv")) {
            return DepartmentDirectory.fromCsv(csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Delivers the events to every read model in batches of {@value #BATCH}, as their tracking processors would. */
    public void deliver(List<? extends EventMessage<?>> events) {
        for (ReadModelRoom.Live<?> readModel : live) {
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(readModel.handlers());
            for (int from = 0; from < events.size(); from += BATCH) {
                ReadModelRoom.handleBatch(events.subList(from, Math.min(events.size(), from + BATCH)), handlers, readModel.context());
            }
        }
    }

    /** Delivers the events one by one with no unit of work, as a caller outside any processor would. */
    public void deliverEach(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            for (ReadModelRoom.Live<?> readModel : live) {
                AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(readModel.handlers());
                try {
                    if (handlers.canHandle(event)) {
                        handlers.handle(event);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Override
    public void close() {
        database.drop();
    }
}
