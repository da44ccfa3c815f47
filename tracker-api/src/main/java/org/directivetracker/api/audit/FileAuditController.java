package org.directivetracker.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.core.api.Actor;
import org.directivetracker.eventstore.export.HistoryExport;
import org.directivetracker.eventstore.files.ContentAddressedFiles;
import org.directivetracker.eventstore.files.EvidenceArchive;
import org.directivetracker.eventstore.files.FileVerification;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;

/**
 * The auditor's view of a directive's evidence files.
 * <ul>
 *   <li>{@code GET /api/directives/{id}/verify/files}: each attached file's digest recomputed from the store;
 *   {@code failures} name the sequence of the event that attached a file that changed or vanished.</li>
 *   <li>{@code GET /api/directives/{id}/export?files=include}: the history with its files as a ZIP, for
 *   {@code --verify-file}.</li>
 * </ul>
 * Both are for auditors and the province.
 */
@RestController
public class FileAuditController {

    private static final String DIRECTIVE = "/api/directives/" + DirectivePaths.DIRECTIVE_ID;

    private final DirectiveAudit audit;
    private final StoredStreams streams;
    private final FileVerification verification;
    private final ContentAddressedFiles files;
    private final ObjectMapper json;

    public FileAuditController(DirectiveAudit audit, StoredStreams streams, FileVerification verification,
                               ContentAddressedFiles files, ObjectMapper json) {
        this.audit = audit;
        this.streams = streams;
        this.verification = verification;
        this.files = files;
        this.json = json;
    }

    @GetMapping(DIRECTIVE + "/verify/files")
    public FileVerification.Report verifyFiles(@PathVariable String id, Actor actor) {
        DirectiveAudit.requireAuditReader(actor);
        var stored = streams.readAll(id);
        if (stored.isEmpty()) {
            throw new UnknownDirectiveException("there is no directive " + id);
        }
        return verification.verify(stored);
    }

    @GetMapping(path = DIRECTIVE + "/export", params = "files=include")
    public ResponseEntity<StreamingResponseBody> exportWithFiles(@PathVariable String id, Actor actor) throws IOException {
        ReadAccess.requireProvinceOrAuditor(actor, "a directive's history with its files");
        HistoryExport export = audit.export(id, actor);
        byte[] history = json.writeValueAsBytes(export);
        String file = "directive-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-history.zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> EvidenceArchive.write(history, files, out));
    }
}
