package org.directivetracker.api.handovers;

import org.directivetracker.api.web.Problems;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.InvalidValueException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Handovers and the dossier a successor reads.
 * <ul>
 *   <li>{@code POST /api/communes/{code}/handovers} {@code {from, to, note}} (the province): 201
 *   {@code {commune, digest, dossierAsOf, dossier}}, the digest of the dossier as of that instant.</li>
 *   <li>{@code GET /api/communes/{code}/dossier?asOf=<instant>} (default now): the dossier replayed as of that instant,
 *   as JSON, or as PDF with {@code Accept: application/pdf}. A commune reads its own only.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/communes/{code:\\d{5}}")
public class HandoverController {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Handovers handovers;
    private final CommuneDossiers dossiers;
    private final DossierPdf pdf;

    public HandoverController(Handovers handovers, CommuneDossiers dossiers, DossierPdf pdf) {
        this.handovers = handovers;
        this.dossiers = dossiers;
        this.pdf = pdf;
    }

    @PostMapping("/handovers")
    public ResponseEntity<HandoverAnswer> record(@PathVariable String code, @RequestBody HandoverRequest body,
                                                 Actor actor, RequestId requestId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(handovers.record(code, body, actor, requestId));
    }

    @GetMapping(path = "/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    public Dossier dossier(@PathVariable String code, @RequestParam(required = false) String asOf, Actor actor) {
        Instant now = handovers.now();
        return dossiers.asOf(code, asOf == null ? now : instant(asOf), now, actor);
    }

    @GetMapping(path = "/dossier", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> dossierPdf(@PathVariable String code, @RequestParam(required = false) String asOf,
                                             Actor actor, HttpServletRequest request) {
        Dossier dossier = dossier(code, asOf, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ho-so-ban-giao-" + code + ".pdf").build().toString())
                .body(pdf.render(dossier, languageOf(request)));
    }

    /** A printed document is in Vietnamese unless the client asks for English. */
    private static Locale languageOf(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? VIETNAMESE : Problems.languageOf(request);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("asOf", "must be an instant (ISO-8601, e.g. 2026-03-01T08:00:00Z)");
        }
    }
}
