package org.directivetracker.eventstore.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.HashChainCheckTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline verifier on files written here, without Spring or a database. */
class ExportVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFileAsExportedVerifies() throws Exception {
        ExportVerifier.Verdict verdict = ExportVerifier.verify(file(export()));

        assertThat(verdict.verified()).as(verdict.problem()).isTrue();
        assertThat(verdict.events()).isEqualTo(3);
        assertThat(verdict.digest()).isEqualTo(export().digest());
    }

    @Test
    void everySingleChangedByteOfAValueFailsIt() throws Exception {
        byte[] original = file(export());
        String text = new String(original, StandardCharsets.UTF_8);
        int valuesStart = text.indexOf("\"directiveId\"");
        int changedBytes = 0;
        for (int i = valuesStart; i < original.length; i++) {
            if (original[i] == '"' || original[i] == ':' || original[i] == ',' || original[i] == '\\') {
                continue; // the file's punctuation: changing it makes the JSON unreadable, tested below
            }
            byte[] tampered = original.clone();
            tampered[i] = (byte) (tampered[i] == 'x' ? 'y' : 'x');
            assertThat(ExportVerifier.verify(tampered).verified()).as("byte %d changed", i).isFalse();
            changedBytes++;
        }
        assertThat(changedBytes).isGreaterThan(500);
    }

    @Test
    void aFileThatIsNotAnExportFails() {
        assertThat(ExportVerifier.verify("{\"format\":".getBytes(StandardCharsets.UTF_8)).problem())
                .startsWith("the file is not a history export");
        assertThat(ExportVerifier.verify("[]".getBytes(StandardCharsets.UTF_8)).verified()).isFalse();
    }

    @Test
    void aFileWithAnEventLeftOutFails() throws Exception {
        HistoryExport whole = export();
        HistoryExport shortened = new HistoryExport(whole.format(), whole.directiveId(),
                List.of(whole.events().get(0), whole.events().get(2)), whole.lastHash(), whole.digest());

        ExportVerifier.Verdict verdict = ExportVerifier.verify(file(shortened));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.firstBrokenSequence()).isEqualTo(1);
    }

    private static HistoryExport export() {
        List<HistoryExport.Event> events = HashChainCheckTest.chain(3);
        String lastHash = events.get(2).hash();
        return new HistoryExport(HistoryExport.FORMAT, "chi-thi-12", events, lastHash,
                AuditDigest.of("chi-thi-12", lastHash));
    }

    private static byte[] file(HistoryExport export) throws Exception {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
    }
}
