package org.directivetracker.api.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The header of an administrative document as Decree 30/2020/NĐ-CP lays it out: on the left the issuing body (under
 * its parent body, if any) and the number and symbol; on the right the national title, the motto and the place and
 * date line. Drawn by {@link PdfReport#header(OfficialHeader)}.
 *
 * @param parentBody      the body above the issuer, upper case, or null (a provincial People's Committee has none)
 * @param issuingBody     the issuer, upper case, e.g. "ỦY BAN NHÂN DÂN TỈNH CÀ MAU"
 * @param numberAndSymbol e.g. "125/TB-UBND"; a number left blank ("    /BC-UBND") is filled in when the document is registered
 * @param place           the place name of the date line, e.g. "Cà Mau"
 * @param date            the date the document is signed
 */
public record OfficialHeader(String parentBody, String issuingBody, String numberAndSymbol, String place, LocalDate date) {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public OfficialHeader {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(numberAndSymbol, "numberAndSymbol");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
    }

    /** "Số: 125/TB-UBND". */
    public String numberLine() {
        return "Số: " + numberAndSymbol;
    }

    /**
     * "Cà Mau, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February are written with a
     * leading zero, as the decree requires.
     */
    public String placeAndDateLine() {
        String day = String.format("%02d", date.getDayOfMonth());
        int monthValue = date.getMonthValue();
        String month = monthValue <= 2 ? String.format("%02d", monthValue) : String.valueOf(monthValue);
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
