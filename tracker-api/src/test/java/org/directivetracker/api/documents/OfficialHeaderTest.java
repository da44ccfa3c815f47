package org.directivetracker.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The header of Decree 30/2020/NĐ-CP as a piece any document can print, and a report's tables over several pages. */
class OfficialHeaderTest {

    private static final OfficialHeader NOTICE = new OfficialHeader(null, "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "125/TB-UBND",
            "Cà Mau", LocalDate.of(2026, 2, 5));

    @Test
    void theDateLineWritesDaysBelowTenAndJanuaryAndFebruaryWithALeadingZero() {
        assertThat(NOTICE.placeAndDateLine()).isEqualTo("Cà Mau, ngày 05 tháng 02 năm 2026");
        assertThat(new OfficialHeader(null, "UBND", "1/BC", "Cà Mau", LocalDate.of(2026, 11, 29)).placeAndDateLine())
                .isEqualTo("Cà Mau, ngày 29 tháng 11 năm 2026");
        assertThat(NOTICE.numberLine()).isEqualTo("Số: 125/TB-UBND");
    }

    @Test
    void aReportPrintsTheHeaderAndATableThatRunsOverPagesReadableBack() throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "Phường Tân Thành, xã Đất Mũi, Ngọc Hiển " + i));
        }
        byte[] pdf = PdfReport.portrait().header(NOTICE).title("THÔNG BÁO")
                .subtitle("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp trực tuyến")
                .table(List.of(PdfReport.Column.number("STT", 1), PdfReport.Column.text("Xã, phường", 6)), rows)
                .toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = DocumentsApiTest.oneLine(new PDFTextStripper().getText(document));
            assertThat(text).contains(OfficialHeader.NATIONAL_TITLE, OfficialHeader.MOTTO, "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
                    "Số: 125/TB-UBND", "Cà Mau, ngày 05 tháng 02 năm 2026", "THÔNG BÁO",
                    "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp trực tuyến",
                    "Phường Tân Thành, xã Đất Mũi, Ngọc Hiển 120");
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(document)).as("the header row repeated").contains("Xã, phường");
        }
    }
}
