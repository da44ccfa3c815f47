package org.directivetracker.eventstore.files;

import org.directivetracker.eventstore.verification.StoredStreams;

import java.util.function.Consumer;

/** Every stream's attached files verified, for {@code --verify-all}: one line per file that does not verify. */
public class ProvinceFileVerification {

    private final StoredStreams streams;
    private final FileVerification files;

    public ProvinceFileVerification(StoredStreams streams, FileVerification files) {
        this.streams = streams;
        this.files = files;
    }

    public FileVerification.Report verifyAll(Consumer<String> progress) {
        FileVerification.Report total = FileVerification.Report.NONE;
        for (String aggregateId : streams.directives().keySet()) {
            FileVerification.Report report = files.verify(streams.readAll(aggregateId));
            report.failures().forEach(failure -> progress.accept("FILE " + failure.outcome() + " " + aggregateId
                    + " attached by event " + failure.sequence() + ": " + failure.problem()));
            total = total.plus(report);
        }
        return total;
    }
}
