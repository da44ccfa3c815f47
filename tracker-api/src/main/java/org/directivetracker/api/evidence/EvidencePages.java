package org.directivetracker.api.evidence;

import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.domain.DirectiveRuleViolation;
import org.directivetracker.core.domain.NotPermittedException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.directivetracker.api.web.InvalidRequestException;

import java.util.UUID;

/**
 * Evidence on the pages: the commune's upload from its assignment page (the photo already shrunk in the browser by
 * {@code evidence.js}; without JavaScript the form posts the file as it is), the province's upload on its directive
 * page, and downloads under the pages' own sign-in. Security has checked the path's commune or the province role.
 * After an upload the page comes back to where it was, with what happened in its address ({@code ?evidence=}) rather
 * than in a flash attribute: the script follows the redirect with {@code fetch} and then shows the page, two reads of
 * which the second would no longer see a flash attribute.
 */
@Controller
public class EvidencePages {

    private static final String ID = DirectivePaths.DIRECTIVE_ID;

    private final Attachments attachments;

    public EvidencePages(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/commune/{code:\\d{5}}/directives/" + ID + "/attachments")
    String uploadToAssignment(@PathVariable String code, @PathVariable String id,
                              @RequestParam(name = "file", required = false) MultipartFile file,
                              @RequestParam(required = false) String caption,
                              @RequestParam(required = false) String requestKey, Actor actor) {
        return "redirect:/commune/" + code + "/directives/" + id + "?evidence="
               + upload(id, code, file, caption, requestKey, actor) + "#evidence";
    }

    @PostMapping("/province/directives/" + ID + "/attachments")
    String uploadToDirective(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
                             @RequestParam(required = false) String caption,
                             @RequestParam(required = false) String requestKey, Actor actor) {
        return "redirect:/province/directives/" + id + "?evidence=" + upload(id, null, file, caption, requestKey, actor)
               + "#evidence";
    }

    @GetMapping("/commune/{code:\\d{5}}/directives/" + ID + "/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> communeDownload(@PathVariable String code, @PathVariable String id,
                                                        @PathVariable String attachmentId, Actor actor) {
        return AttachmentController.file(attachments.download(id, code, attachmentId, actor));
    }

    @GetMapping("/province/directives/" + ID + "/communes/{code:\\d{5}}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> provinceDownloadOfAssignment(@PathVariable String id, @PathVariable String code,
                                                                     @PathVariable String attachmentId, Actor actor) {
        return AttachmentController.file(attachments.download(id, code, attachmentId, actor));
    }

    @GetMapping({"/province/directives/" + ID + "/attachments/{attachmentId}",
            "/commune/{code:\\d{5}}/directives/" + ID + "/directive-attachments/{attachmentId}"})
    ResponseEntity<InputStreamResource> directiveDownload(@PathVariable String id, @PathVariable String attachmentId,
                                                          Actor actor) {
        return AttachmentController.file(attachments.download(id, null, attachmentId, actor));
    }

    /** What happened ({@link EvidenceViews#outcome}): every refusal is said in words, none is an error page. */
    private String upload(String id, String commune, MultipartFile file, String caption, String requestKey,
                          Actor actor) {
        String key = requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey;
        try {
            attachments.attach(id, commune, AttachmentController.upload(file, caption), actor,
                    RequestId.of(actor.account(), key));
            return "attached";
        } catch (FileTooLargeException e) {
            return "tooLarge";
        } catch (UnsupportedFileException e) {
            return "unsupported";
        } catch (InvalidRequestException e) {
            return "noFile";
        } catch (NotPermittedException | DirectiveRuleViolation e) {
            return "refused";
        }
    }
}
