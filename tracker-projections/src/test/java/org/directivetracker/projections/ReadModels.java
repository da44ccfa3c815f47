package org.directivetracker.projections;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.directivetracker.projections.briefing.BriefingChangesProjection;
import org.directivetracker.projections.briefing.BriefingChangesReadModel;
import org.directivetracker.projections.briefing.BriefingQueries;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.communestatus.CommuneStatusProjection;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.communestatus.CommuneStatusReadModel;
import org.directivetracker.projections.obstacles.ObstacleRegisterProjection;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.DirectiveProgressProjection;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.progress.DirectiveProgressReadModel;
import org.directivetracker.projections.store.ReadModelCollections;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Every read model on an embedded MongoDB (mongo-java-server, memory backend) reached by the real driver over a
 * loopback socket, each test in a database of its own; events go in through Axon's annotation adapter.
 */
public final class ReadModels implements AutoCloseable {

    public static final CommuneDirectory COMMUNES = loadCommunes();
    /** The batch size of the service's tracking processors. */
    static final int BATCH = 100;

    private static MongoServer server;
    private static MongoClient client;

    public final MongoDatabase database;
    public final DirectiveProgressReadModel progress;
    public final CommuneStatusReadModel communeStatus;
    public final ObstacleRegisterReadModel obstacles;
    public final BriefingChangesReadModel changes;
    public final DirectiveProgressQueries progressQueries;
    public final CommuneStatusQueries communeQueries;
    public final ObstacleRegisterQueries obstacleQueries;
    public final BriefingQueries briefingQueries;
    private final List<AnnotationEventHandlerAdapter> projections;

    public ReadModels() {
        database = client().getDatabase("test_" + UUID.randomUUID().toString().replace("-", ""));
        progress = new DirectiveProgressReadModel(ReadModelCollections.live(database, DirectiveProgressReadModel.NAME));
        communeStatus = new CommuneStatusReadModel(ReadModelCollections.live(database, CommuneStatusReadModel.NAME));
        obstacles = new ObstacleRegisterReadModel(ReadModelCollections.live(database, ObstacleRegisterReadModel.NAME));
        changes = new BriefingChangesReadModel(ReadModelCollections.live(database, BriefingChangesReadModel.NAME));
        progressQueries = new DirectiveProgressQueries(progress, COMMUNES);
        communeQueries = new CommuneStatusQueries(communeStatus, COMMUNES);
        obstacleQueries = new ObstacleRegisterQueries(obstacles, COMMUNES);
        briefingQueries = new BriefingQueries(progress, obstacles, changes, COMMUNES);
        projections = List.of(
                new AnnotationEventHandlerAdapter(new DirectiveProgressProjection(progress)),
                new AnnotationEventHandlerAdapter(new CommuneStatusProjection(communeStatus)),
                new AnnotationEventHandlerAdapter(new ObstacleRegisterProjection(obstacles)),
                new AnnotationEventHandlerAdapter(new BriefingChangesProjection(changes)));
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

    /** Delivers the events to every projection in batches of {@value #BATCH}, as their tracking processors would. */
    public void deliver(List<? extends EventMessage<?>> events) {
        for (AnnotationEventHandlerAdapter projection : projections) {
            for (int from = 0; from < events.size(); from += BATCH) {
                List<EventMessage<?>> batch = List.copyOf(events.subList(from, Math.min(events.size(), from + BATCH)));
                BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
                ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                    if (projection.canHandle(unitOfWork.getMessage())) {
                        projection.handle(unitOfWork.getMessage());
                    }
                    return null;
                }, RollbackConfigurationType.ANY_THROWABLE);
                if (result.isExceptional()) {
                    throw new IllegalStateException(result.exceptionResult());
                }
            }
        }
    }

    /** Delivers the events one by one with no unit of work, as a caller outside any processor would. */
    public void deliverEach(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            for (AnnotationEventHandlerAdapter projection : projections) {
                try {
                    if (projection.canHandle(event)) {
                        projection.handle(event);
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
