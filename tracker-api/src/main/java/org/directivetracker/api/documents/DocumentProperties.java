package org.directivetracker.api.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the printed documents ({@code tracker.documents}): the body, as its header names it, the place of its
 * date line, and the symbol of its reports (the number is given when a clerk registers the document).
 */
@ConfigurationProperties("tracker.documents")
public record DocumentProperties(@DefaultValue("ỦY BAN NHÂN DÂN TỈNH CÀ MAU") String issuingBody,
        @DefaultValue("") String parentBody, @DefaultValue("Cà Mau") String place,
        @DefaultValue("BC-UBND") String reportSymbol) {

    /** The header of a report signed today: the number left blank for the clerk. */
    public OfficialHeader reportHeader(java.time.LocalDate date) {
        return new OfficialHeader(parentBody.isBlank() ? null : parentBody, issuingBody, "      /" + reportSymbol, place, date);
    }
}
