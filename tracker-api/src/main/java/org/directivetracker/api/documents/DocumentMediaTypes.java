package org.directivetracker.api.documents;

import org.springframework.http.MediaType;

/** The files the service writes besides JSON and CSV. */
public final class DocumentMediaTypes {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    private DocumentMediaTypes() {
    }
}
