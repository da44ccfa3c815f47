package org.directivetracker.eventstore.files;

import org.directivetracker.eventstore.export.ExportVerifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an {@link EvidenceArchive} offline: the history inside verifies as an export file does
 * ({@link ExportVerifier}), every file an event attached is in the archive with the digest the event names, and the
 * archive holds nothing else.
 */
public final class EvidenceArchiveVerifier {

    /** An entry larger than this is refused rather than read into memory. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private EvidenceArchiveVerifier() {
    }

    /**
     * @param history        the verdict on the history inside
     * @param files          how many attached files were checked
     * @param fileProblems   what is wrong with the files, one line each, naming the attaching event's sequence
     */
    public record Verdict(boolean verified, ExportVerifier.Verdict history, int files, List<String> fileProblems) {
    }

    /** True when the file starts as a ZIP archive does. */
    public static boolean isArchive(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** True when the file starts as a ZIP archive does; false when it cannot be read (its check then says why). */
    public static boolean isArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isArchive(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    public static Verdict verify(byte[] archive) {
        Map<String, byte[]> entries;
        try {
            entries = entries(archive);
        } catch (IOException e) {
            return failed("the archive cannot be read: " + e.getMessage());
        }
        byte[] history = entries.remove(EvidenceArchive.HISTORY_ENTRY);
        if (history == null) {
            return failed("the archive holds no " + EvidenceArchive.HISTORY_ENTRY);
        }
        ExportVerifier.Verdict historyVerdict = ExportVerifier.verify(history);
        if (!historyVerdict.verified()) {
            return new Verdict(false, historyVerdict, 0, List.of());
        }
        List<String> problems = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        List<FileReference> references = EvidenceArchive.references(history);
        for (FileReference reference : references) {
            attached.add(reference.sha256());
            byte[] content = entries.get(EvidenceArchive.FILES_DIRECTORY + reference.sha256());
            if (content == null) {
                problems.add("event " + reference.sequence() + " attached a file with digest " + reference.sha256()
                             + " that is not in the archive");
            } else if (!Sha256.of(content).equals(reference.sha256())) {
                problems.add("the file attached by event " + reference.sequence() + " has changed: its content has"
                             + " digest " + Sha256.of(content) + ", the event names " + reference.sha256());
            }
        }
        for (String name : entries.keySet()) {
            if (!name.startsWith(EvidenceArchive.FILES_DIRECTORY)
                || !attached.contains(name.substring(EvidenceArchive.FILES_DIRECTORY.length()))) {
                problems.add("the archive holds '" + name + "', which no event of the history attached");
            }
        }
        return new Verdict(problems.isEmpty(), historyVerdict, references.size(), List.copyOf(problems));
    }

    private static Verdict failed(String problem) {
        return new Verdict(false, null, 0, List.of(problem));
    }

    private static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entries.put(entry.getName(), readBounded(zip, entry.getName())) != null) {
                    throw new IOException("the entry '" + entry.getName() + "' appears twice");
                }
            }
        }
        return entries;
    }

    private static byte[] readBounded(InputStream entry, String name) throws IOException {
        byte[] content = entry.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
        if (content.length > MAX_ENTRY_BYTES) {
            throw new IOException("the entry '" + name + "' is larger than " + MAX_ENTRY_BYTES + " bytes");
        }
        return content;
    }

    /** The command-line check of an archive: prints the verdict; 0 when it verifies, 1 otherwise. */
    public static int run(Path file, PrintStream out) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println("FAILED: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Verdict verdict = verify(content);
        ExportVerifier.Verdict history = verdict.history();
        if (history != null && !history.verified()) {
            out.println("FAILED: " + (history.directiveId() == null ? "" : "directive " + history.directiveId() + ": ")
                        + history.problem());
            if (history.firstBrokenSequence() != null) {
                out.println("first broken sequence: " + history.firstBrokenSequence());
            }
            return 1;
        }
        verdict.fileProblems().forEach(problem -> out.println("FAILED: " + problem));
        if (!verdict.verified()) {
            return 1;
        }
        out.println("VERIFIED: directive " + history.directiveId() + ", " + history.events() + " events, hash chain"
                    + " intact, " + verdict.files() + " attached files as attached");
        out.println("last hash: " + history.lastHash());
        out.println("digest:    " + history.digest());
        return 0;
    }
}
