package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.directivetracker.eventstore.mongo.DurabilityBarrier;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) on a random loopback port. With a data directory it
 * keeps its data in an H2 MVStore file there; clients reach it through the real driver over the socket.
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String DATA_FILE = "tracker-store.mv.db";
    /**
     * The server's event loops: one for each connection the driver's pool opens by default (its maxPoolSize), started
     * only when a connection is given one. The server answers a request on its connection's loop, so a write that
     * waits for a commit ({@link CommitGate}) holds up every connection sharing that loop, reads included. With the
     * server's default of two loops per core, a read's loop often held such a write: under a province's load the
     * commits hold the gate, or wait for it, a third of the time.
     */
    static final int EVENT_LOOPS = 100;

    private final MongoServer server;
    private final MongoBackend backend;
    private final Path dataFile;
    private final InetSocketAddress address;
    /** On a file: the store, its gate, its keeper and the appends' group commit; all null in memory. */
    private final MVStore store;
    private final CommitGate gate;
    private final StoreKeeper keeper;
    private final GroupCommit groupCommit;
    private volatile boolean closing;
    private volatile Consumer<String> failureListener = reason -> { };

    private EmbeddedMongo(MongoBackend backend, Path dataFile, MVStore store, CommitGate gate) {
        this.backend = backend;
        this.dataFile = dataFile;
        this.store = store;
        this.gate = gate;
        this.keeper = store != null ? new StoreKeeper(store, gate, this::closedUnderneath) : null;
        this.groupCommit = store != null ? new GroupCommit(this::flushToDisk) : null;
        this.server = new MongoServer(backend);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1, EVENT_LOOPS);
        this.address = server.getLocalAddress();
    }

    /** The gate the file's commits take, for tests of what waits for it; null in memory. */
    CommitGate gate() {
        return gate;
    }

    /** Starts on the H2 file {@value #DATA_FILE} in {@code dataDir}, created if missing; its data survives restarts. */
    public static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, StoreTuning.DEFAULT);
    }

    /** As {@link #start(Path)}, with the H2 store tuned (tests shorten its retention to provoke chunk reuse). */
    public static EmbeddedMongo start(Path dataDir, StoreTuning tuning) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        Path file = dataDir.resolve(DATA_FILE).toAbsolutePath();
        // H2 commits nothing by itself (no background commits, none when its buffer fills): every commit goes
        // through the gate, between the requests that write
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(tuning.cacheMegabytes())
                .autoCommitDisabled().autoCommitBufferSize(0).open();
        store.setRetentionTime(tuning.retentionMillis());
        CommitGate gate = new CommitGate();
        return new EmbeddedMongo(new TrackerH2Backend(store, gate), file, store, gate);
    }

    /**
     * How the H2 store is tuned. {@code cacheMegabytes}: pages kept decoded in memory, as H2 estimates their size;
     * 4 rather than H2's 16: a page entering the cache outlives the young generation, so the collector copies it and
     * later finds it dead in the old one (under load at 1,000,000 events: 37 against 50 young collections a minute,
     * 1.1 against 1.7 GB held in the old generation, 160 against 134 writes/s; see the README).
     * {@code retentionMillis}: how long a chunk that holds no live data is kept before its space is reused (H2's
     * default is 45 s).
     */
    public record StoreTuning(int cacheMegabytes, int retentionMillis) {
        public static final StoreTuning DEFAULT = new StoreTuning(4, 45_000);
    }

    /** Starts with nothing on disk: for tests and benchmarks that need no durability. */
    public static EmbeddedMongo startInMemory() {
        return new EmbeddedMongo(new MemoryBackend(), null, null, null);
    }

    /** {@code mongodb://127.0.0.1:port}, without credentials (the embedded server has none). */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /**
     * Forces the H2 store to its file and the file to the disk before an append is answered: the backend alone
     * commits only about once a second (a kill right after an acknowledged append would lose it), and a commit alone
     * leaves the bytes in the operating system's cache (a power cut would lose them). Appends that arrive while a
     * flush runs share the next one ({@link GroupCommit}). In memory there is nothing to force.
     */
    public DurabilityBarrier durabilityBarrier() {
        return groupCommit != null ? groupCommit : DurabilityBarrier.NONE;
    }

    /** How many flushes {@link #durabilityBarrier()} has made and how many appends they covered (none in memory). */
    public FlushCount flushCount() {
        return groupCommit != null ? groupCommit.flushCount() : new FlushCount(0, 0);
    }

    /** One commit and sync per append, each waiting for the one before: the barrier before group commit, for benchmarks. */
    public DurabilityBarrier durabilityBarrierWithoutGrouping() {
        return store != null ? this::flushToDisk : DurabilityBarrier.NONE;
    }

    /** The commit without the sync to disk: survives a killed process, not a power cut. For benchmarks' baselines. */
    public DurabilityBarrier commitWithoutSync() {
        return store != null ? () -> gate.commit(store) : DurabilityBarrier.NONE;
    }

    /** The commit waits for the writes in progress (the gate); the sync to disk does not need to. */
    private void flushToDisk() {
        gate.commit(store);
        store.sync();
    }

    /**
     * Why the file's store closed itself, if it did: H2 closes a store for good when a write to its file fails (the
     * heap ran out while it wrote, the disk is full), and every request fails from then on. Acknowledged writes are on
     * disk; a new process opens the store again.
     */
    public Optional<String> failure() {
        if (store == null || closing || !store.isClosed()) {
            return Optional.empty();
        }
        MVStoreException cause = store.getPanicException();
        return Optional.of(cause != null ? cause.getMessage() : "the store was closed");
    }

    /** Told (once, within about a second) when the store closes itself; see {@link #failure()}. */
    public void onFailure(Consumer<String> listener) {
        failureListener = listener;
    }

    private void closedUnderneath() {
        failure().ifPresent(reason -> failureListener.accept(reason));
    }

    @Override
    public void close() {
        closing = true;
        if (store != null && store.getPanicException() != null) {
            // a failed store not closed yet: H2's own close would commit first and, failing, loop for ever
            store.closeImmediately();
        }
        server.shutdownNow();
        if (keeper != null) {
            keeper.close();
            gate.alone(() -> {
                backend.close();
                return null;
            });
        } else {
            backend.close();
        }
    }

    @Override
    public String toString() {
        return dataFile == null ? "embedded MongoDB in memory on " + connectionString()
                : "embedded MongoDB on " + connectionString() + " with data in " + dataFile + ", page cache " + store.getCacheSize() + " MB";
    }
}
