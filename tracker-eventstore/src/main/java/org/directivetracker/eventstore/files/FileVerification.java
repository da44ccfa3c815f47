package org.directivetracker.eventstore.files;

import com.mongodb.MongoException;
import org.directivetracker.eventstore.chain.StoredEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes the digest of every stored file that an event attached and compares it with the digest in that event's
 * payload, which the hash chain covers. A file that changed, vanished or can no longer be read is reported with the
 * stream and sequence of the event that attached it.
 */
public class FileVerification {

    public enum Outcome { INTACT, CHANGED, MISSING }

    /** One attached file's check; {@code problem} says what is wrong, for a person, or is null. */
    public record FileCheck(String aggregateId, long sequence, String attachmentId, String sha256, Outcome outcome,
                            String problem) {
    }

    /** @param failures the files that did not verify, in stream and sequence order */
    public record Report(boolean intact, int files, List<FileCheck> failures) {

        public static final Report NONE = new Report(true, 0, List.of());

        public Report plus(Report other) {
            List<FileCheck> all = new ArrayList<>(failures);
            all.addAll(other.failures);
            return new Report(intact && other.intact, files + other.files, List.copyOf(all));
        }
    }

    private final ContentAddressedFiles files;

    public FileVerification(ContentAddressedFiles files) {
        this.files = files;
    }

    /** Checks the files attached by {@code events} (one stream's, in order). */
    public Report verify(List<StoredEvent> events) {
        Map<String, FileCheck> checkedDigests = new HashMap<>(); // a file attached twice is read once
        List<FileCheck> failures = new ArrayList<>();
        int count = 0;
        for (StoredEvent event : events) {
            Optional<FileReference> reference = FileReference.in(event.aggregateId(), event.sequence(),
                    event.payloadJson());
            if (reference.isEmpty()) {
                continue;
            }
            count++;
            FileCheck check = check(reference.get(), checkedDigests);
            if (check.outcome() != Outcome.INTACT) {
                failures.add(check);
            }
        }
        return new Report(failures.isEmpty(), count, List.copyOf(failures));
    }

    private FileCheck check(FileReference reference, Map<String, FileCheck> checkedDigests) {
        FileCheck earlier = checkedDigests.get(reference.sha256());
        FileCheck check = earlier != null ? earlier : recompute(reference);
        checkedDigests.putIfAbsent(reference.sha256(), check);
        return new FileCheck(reference.aggregateId(), reference.sequence(), reference.attachmentId(),
                reference.sha256(), check.outcome(), check.problem());
    }

    private FileCheck recompute(FileReference reference) {
        Optional<String> actual;
        try {
            actual = files.recomputeDigest(reference.sha256());
        } catch (MongoException e) {
            return failed(reference, Outcome.CHANGED, "the stored file cannot be read whole: " + e.getMessage());
        }
        if (actual.isEmpty()) {
            return failed(reference, Outcome.MISSING, "no stored file has the digest that event "
                    + reference.sequence() + " of " + reference.aggregateId() + " attached");
        }
        if (!actual.get().equals(reference.sha256())) {
            return failed(reference, Outcome.CHANGED, "the stored file's content now has digest " + actual.get()
                    + ", not the one event " + reference.sequence() + " of " + reference.aggregateId() + " attached");
        }
        return new FileCheck(reference.aggregateId(), reference.sequence(), reference.attachmentId(),
                reference.sha256(), Outcome.INTACT, null);
    }

    private static FileCheck failed(FileReference reference, Outcome outcome, String problem) {
        return new FileCheck(reference.aggregateId(), reference.sequence(), reference.attachmentId(),
                reference.sha256(), outcome, problem);
    }
}
