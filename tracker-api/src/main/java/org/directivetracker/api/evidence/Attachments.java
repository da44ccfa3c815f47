package org.directivetracker.api.evidence;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.evidence.DirectiveFiles.History;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.AttachEvidence;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.EvidenceFile;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.eventstore.files.ContentAddressedFiles;
import org.directivetracker.eventstore.files.ContentAddressedFiles.StoredFile;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.util.List;

/**
 * Evidence files: the one door for uploads (REST and pages) and for reading them back. An upload is checked before
 * anything is stored (who sends it, its size, its type by content), then the file is stored by its SHA-256 and
 * {@code AttachEvidence} names it in the directive's history. Lists and downloads are read from the directive's
 * stored events ({@link DirectiveFiles}), so an attachment is readable as soon as its upload is answered.
 */
@Service
public class Attachments {

    /** Directives whose attachments stay read between requests: a few kilobytes each, more than a province works on at once. */
    private static final int DIRECTIVES_KEPT = 4_096;

    private final ContentAddressedFiles files;
    private final Commands commands;
    private final DirectiveFiles histories;
    private final EvidenceProperties properties;

    public Attachments(ContentAddressedFiles files, Commands commands, EventStore eventStore,
                       EvidenceProperties properties) {
        this.files = files;
        this.commands = commands;
        this.histories = new DirectiveFiles(eventStore, DIRECTIVES_KEPT);
        this.properties = properties;
    }

    /** A file as it was sent: the sender's name for it, its bytes, an optional caption. */
    public record Upload(String fileName, long declaredSize, ContentSupplier content, String caption) {
    }

    /** Reads the uploaded bytes only once size and rights were checked. */
    @FunctionalInterface
    public interface ContentSupplier {
        byte[] read() throws java.io.IOException;
    }

    /** A stored file with what its attachment says about it; the caller closes the content. */
    public record Download(Attachment attachment, InputStream content) {
    }

    /**
     * Stores the file and attaches it: to {@code commune}'s assignment, or to the directive itself when that is null.
     *
     * @throws NotPermittedException   the actor may not attach there (nothing stored)
     * @throws FileTooLargeException   over {@code tracker.evidence.max-file-size} (nothing stored)
     * @throws UnsupportedFileException of no accepted type by its content (nothing stored)
     */
    public AttachmentAnswer attach(String directiveId, String commune, Upload upload, Actor actor,
                                   RequestId requestId) {
        CommuneCode communeCode = commune == null ? null : new CommuneCode(commune);
        requireMayAttach(actor, communeCode);
        if (upload == null || upload.declaredSize() <= 0) {
            throw new InvalidRequestException(List.of(new FieldError("file", "send one non-empty file in the part 'file'")));
        }
        long max = properties.maxFileSize().toBytes();
        if (upload.declaredSize() > max) {
            throw new FileTooLargeException(max);
        }
        byte[] content = read(upload);
        if (content.length > max) {
            throw new FileTooLargeException(max);
        }
        String fileName = FileNames.clean(upload.fileName());
        String contentType = FileTypes.detect(content, fileName).orElseThrow(UnsupportedFileException::new);
        Note caption = caption(upload.caption());
        StoredFile stored = files.store(content);
        String attachmentId = requestId.createdId();
        commands.send(new AttachEvidence(directiveId, communeCode, attachmentId,
                new EvidenceFile(fileName, contentType, stored.size(), stored.sha256()), caption, actor,
                requestId.value()));
        return new AttachmentAnswer(attachmentId, stored.sha256(), stored.size(), contentType);
    }

    /** The rule of the directive, checked here too so that a refused sender stores nothing. */
    private static void requireMayAttach(Actor actor, CommuneCode commune) {
        if (commune == null && actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account may attach evidence to the directive itself");
        }
        if (commune != null && !actor.actsFor(commune)) {
            throw new NotPermittedException("only the account of commune " + commune
                                            + " may attach evidence to its assignment");
        }
    }

    private static byte[] read(Upload upload) {
        try {
            return upload.content().read();
        } catch (java.io.IOException e) {
            throw new InvalidRequestException(List.of(new FieldError("file", "could not be read whole")));
        }
    }

    private static Note caption(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new Note(text);
        } catch (InvalidValueException e) {
            throw new InvalidRequestException(List.of(new FieldError("caption", e.reason())));
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The attachments {@code reader} may see: of one commune's assignment, or with {@code commune} null those of the
     * directive itself plus, for the province and auditors, every commune's.
     */
    public List<Attachment> list(String directiveId, String commune, Actor reader) {
        History history = histories.of(directiveId);
        requireMayRead(reader, history, commune);
        return history.attachments().stream()
                .filter(attachment -> commune == null
                        ? attachment.commune() == null || reader.role() != Role.COMMUNE
                        : commune.equals(attachment.commune()))
                .toList();
    }

    /** One attachment's file, when it belongs where the path says and the reader may read there. */
    public Download download(String directiveId, String commune, String attachmentId, Actor reader) {
        History history = histories.of(directiveId);
        requireMayRead(reader, history, commune);
        Attachment attachment = history.attachments().stream()
                .filter(candidate -> candidate.attachmentId().equals(attachmentId))
                .filter(candidate -> commune == null ? candidate.commune() == null : commune.equals(candidate.commune()))
                .findFirst()
                .orElseThrow(() -> new UnknownAttachmentException(directiveId, attachmentId));
        InputStream content = files.open(attachment.sha256())
                .orElseThrow(() -> new IllegalStateException("the file of attachment " + attachmentId
                                                             + " is missing from the store; verification reports it"));
        return new Download(attachment, content);
    }

    /** A commune reads what is attached to its own assignment and to a directive assigned to it, nothing else. */
    private static void requireMayRead(Actor reader, History history, String commune) {
        if (reader.role() != Role.COMMUNE) {
            return;
        }
        String own = reader.commune().value();
        if (commune != null && !own.equals(commune)) {
            throw new NotPermittedException("a commune account reads only its own commune's attachments (" + own + ")");
        }
        if (!history.assigned().contains(own)) {
            throw new NotPermittedException("directive " + history.directiveId() + " is not assigned to commune " + own);
        }
    }
}
