package org.directivetracker.api.evidence;

import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Evidence files over HTTP. A commune uploads to its assignment, the province to the directive itself, as
 * {@code multipart/form-data} with the file in the part {@code file} and an optional {@code caption}; 201
 * {@code {attachmentId, sha256, size, contentType}}. A file is downloaded with the read rights of what it is attached
 * to: a commune never reads another commune's files.
 */
@RestController
public class AttachmentController {

    private static final String DIRECTIVE = "/api/directives/" + DirectivePaths.DIRECTIVE_ID;

    private final Attachments attachments;

    public AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = DirectivePaths.ASSIGNMENT + "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AttachmentAnswer> attachToAssignment(@PathVariable String id, @PathVariable String code,
                                                               @RequestParam(name = "file", required = false) MultipartFile file,
                                                               @RequestParam(required = false) String caption,
                                                               Actor actor, RequestId requestId) {
        return created(attachments.attach(id, code, upload(file, caption), actor, requestId));
    }

    @PostMapping(path = DIRECTIVE + "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AttachmentAnswer> attachToDirective(@PathVariable String id,
                                                              @RequestParam(name = "file", required = false) MultipartFile file,
                                                              @RequestParam(required = false) String caption,
                                                              Actor actor, RequestId requestId) {
        return created(attachments.attach(id, null, upload(file, caption), actor, requestId));
    }

    @GetMapping(DirectivePaths.ASSIGNMENT + "/attachments")
    public List<Attachment> listOfAssignment(@PathVariable String id, @PathVariable String code, Actor actor) {
        return attachments.list(id, code, actor);
    }

    /** The directive's own attachments, and every commune's for the province and auditors. */
    @GetMapping(DIRECTIVE + "/attachments")
    public List<Attachment> listOfDirective(@PathVariable String id, Actor actor) {
        return attachments.list(id, null, actor);
    }

    @GetMapping(DirectivePaths.ASSIGNMENT + "/attachments/{attachmentId}")
    public ResponseEntity<InputStreamResource> downloadOfAssignment(@PathVariable String id, @PathVariable String code,
                                                                    @PathVariable String attachmentId, Actor actor) {
        return file(attachments.download(id, code, attachmentId, actor));
    }

    @GetMapping(DIRECTIVE + "/attachments/{attachmentId}")
    public ResponseEntity<InputStreamResource> downloadOfDirective(@PathVariable String id,
                                                                   @PathVariable String attachmentId, Actor actor) {
        return file(attachments.download(id, null, attachmentId, actor));
    }

    static Attachments.Upload upload(MultipartFile file, String caption) {
        if (file == null) {
            return null;
        }
        return new Attachments.Upload(file.getOriginalFilename(), file.getSize(), file::getBytes, caption);
    }

    private static ResponseEntity<AttachmentAnswer> created(AttachmentAnswer answer) {
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    /**
     * Photos and PDFs open in the browser, office files download. The sandbox policy keeps any script a crafted file
     * might carry from running with the tracker's origin.
     */
    static ResponseEntity<InputStreamResource> file(Attachments.Download download) {
        Attachment attachment = download.attachment();
        boolean opensInBrowser = attachment.isImage() || FileTypes.PDF.equals(attachment.contentType());
        ContentDisposition disposition = (opensInBrowser ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(attachment.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.ETAG, "\"" + attachment.sha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }
}
