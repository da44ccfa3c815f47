package org.directivetracker.api.audit;

import org.directivetracker.eventstore.export.HistoryExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A directive's history as a downloaded file: the same name and content from the API and from the audit page. */
public final class HistoryDownload {
    private HistoryDownload() {
    }

    public static ResponseEntity<HistoryExport> of(String directiveId, HistoryExport export) {
        String file = "directive-" + directiveId.replaceAll("[^A-Za-z0-9_-]", "_") + "-history.json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(export);
    }
}
