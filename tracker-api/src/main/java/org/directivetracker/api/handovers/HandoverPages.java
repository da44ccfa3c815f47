package org.directivetracker.api.handovers;

import jakarta.servlet.http.HttpServletRequest;
import org.directivetracker.core.api.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Instant;

/** The dossier as a PDF under the pages' sign-in, for the commune's own official (security checks the path). */
@Controller
public class HandoverPages {

    private final CommuneDossiers dossiers;
    private final Handovers handovers;
    private final DossierPdf pdf;

    public HandoverPages(CommuneDossiers dossiers, Handovers handovers, DossierPdf pdf) {
        this.dossiers = dossiers;
        this.handovers = handovers;
        this.pdf = pdf;
    }

    @GetMapping("/commune/{code:\\d{5}}/dossier.pdf")
    ResponseEntity<byte[]> dossierPdf(@PathVariable String code, @RequestParam(required = false) Instant asOf,
                                      Actor actor, HttpServletRequest request) {
        Instant now = handovers.now();
        Dossier dossier = dossiers.asOf(code, asOf == null ? now : asOf, now, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ho-so-ban-giao-" + code + ".pdf").build().toString())
                .body(pdf.render(dossier, RequestContextUtils.getLocale(request)));
    }
}
