package org.directivetracker.eventstore.checkpoint;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory where the auditor keeps the checkpoints, outside the database: {@code <id>.json} (what a verifier
 * reads) and {@code <id>.txt} (a page to print for the minutes). Ids sort by time, so the latest is the last name.
 */
public class CheckpointDirectory {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String ID_PATTERN = "cp-[0-9]{8}T[0-9]{9}Z-[0-9a-f]{8}";

    private final Path directory;

    public CheckpointDirectory(Path directory) {
        this.directory = directory;
    }

    public void write(Checkpoint checkpoint) {
        try {
            Files.createDirectories(directory);
            Path json = directory.resolve(checkpoint.id() + ".json");
            Path partial = directory.resolve(checkpoint.id() + ".json.partial");
            JSON.writeValue(partial.toFile(), checkpoint);
            Files.move(partial, json);
            Files.writeString(directory.resolve(checkpoint.id() + ".txt"), printable(checkpoint), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + checkpoint.id() + " to " + directory, e);
        }
    }

    /** Every checkpoint, oldest first. */
    public List<Checkpoint> all() {
        return ids().stream().map(this::read).flatMap(Optional::stream).toList();
    }

    public Optional<Checkpoint> latest() {
        List<String> ids = ids();
        return ids.isEmpty() ? Optional.empty() : read(ids.get(ids.size() - 1));
    }

    public Optional<Checkpoint> read(String id) {
        if (!id.matches(ID_PATTERN)) {
            return Optional.empty();
        }
        Path file = directory.resolve(id + ".json");
        return Files.exists(file) ? Optional.of(readFile(file)) : Optional.empty();
    }

    public static Checkpoint readFile(Path file) {
        try {
            return JSON.readValue(file.toFile(), Checkpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
    }

    /** The page for the minutes: what was signed, by which key, and the signature, with no stream list. */
    public static String printable(Checkpoint checkpoint) {
        return "Directive tracker: signed checkpoint of the event store\n"
               + "checkpoint:  " + checkpoint.id() + "\n"
               + "signed at:   " + checkpoint.at() + " (UTC)\n"
               + "streams:     " + checkpoint.streams() + "\n"
               + "events:      " + checkpoint.events() + "\n"
               + "root:        " + checkpoint.root() + "\n"
               + "key id:      " + checkpoint.keyId() + "\n"
               + "signature:   " + checkpoint.signature() + "\n";
    }

    private List<String> ids() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .filter(id -> id.matches(ID_PATTERN)) // other files may share the directory
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + directory, e);
        }
    }
}
