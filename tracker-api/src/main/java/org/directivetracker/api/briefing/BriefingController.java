package org.directivetracker.api.briefing;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.api.views.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.FindBriefing;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meeting briefing for {@code date} (default today), with what changed from {@code since} (default a week
 * before). JSON, or a CSV file when the request prefers {@code text/csv} (or says {@code format=csv}, for a plain
 * link). The briefing spans every commune, so it is the province's and the auditors' reading; a commune account is
 * sent to its own status (403).
 */
@RestController
@RequestMapping("/api/briefing")
public class BriefingController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ViewQueries views;

    public BriefingController(ViewQueries views) {
        this.views = views;
    }

    @GetMapping
    public ResponseEntity<?> briefing(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "the meeting briefing");
        Briefing briefing = views.ask(new FindBriefing(date, since), ResponseTypes.instanceOf(Briefing.class));
        if ("csv".equalsIgnoreCase(format) || prefersCsv(accept)) {
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("briefing-" + briefing.date() + ".csv").build().toString())
                    .body(BriefingCsv.write(briefing));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(briefing);
    }

    /** True when text/csv is the most preferred type the client names, by quality and then by order. */
    static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        MediaType best = null;
        for (MediaType type : accepted) {
            if (best == null || type.getQualityValue() > best.getQualityValue()) {
                best = type;
            }
        }
        return best != null && "text".equals(best.getType()) && "csv".equals(best.getSubtype());
    }
}
