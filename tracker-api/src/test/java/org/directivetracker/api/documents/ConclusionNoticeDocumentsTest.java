package org.directivetracker.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.directivetracker.api.documents.ConclusionNotice.Conclusion;
import org.directivetracker.api.documents.ConclusionNotice.NewDirective;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A meeting's conclusion notice, read back as its reader would: the PDF's text with PDFBox, the DOCX with POI. The
 * Decree 30 header, the numbered conclusions, the task a conclusion gives, the recipients and the signature, in
 * Vietnamese with every diacritic.
 */
class ConclusionNoticeDocumentsTest {

    private static final OfficialHeader HEADER = new OfficialHeader(null, "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "125/TB-UBND",
            "Cà Mau", LocalDate.of(2026, 12, 5));
    /** 08:30 on 01/12/2026 in Ca Mau. */
    private static final Instant STARTS_AT = Instant.parse("2026-12-01T01:30:00Z");
    private static final List<Conclusion> CONCLUSIONS = List.of(
            new Conclusion("Các xã, phường hoàn thành bàn giao hồ sơ đất đai trước ngày 31/12/2026.", null, null),
            new Conclusion("Sở Xây dựng hướng dẫn sửa chữa trụ sở được bàn giao sau sắp xếp.", "Phường Tân Thành", null),
            new Conclusion("Rà soát thiết bị hư hỏng tại trụ sở mới.", null, new NewDirective(
                    "Kiểm kê thiết bị trụ sở sau sáp nhập", LocalDate.of(2027, 1, 15), List.of("Phường Tân Thành", "Xã Lý Văn Lâm"))));
    private static final List<String> RECIPIENTS = List.of("Thường trực Tỉnh ủy", "UBND các xã, phường", "Lưu: VT");

    private final ConclusionNoticeDocuments documents = new ConclusionNoticeDocuments(bundles(),
            new NoticeSignatureProperties("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trần Thị Hồng"));

    @Test
    void thePdfCarriesTheDecreeHeaderWithEveryDiacriticIntact() throws IOException {
        String text = pdfText(documents.pdf(notice(CONCLUSIONS)));

        assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "Số: 125/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Cà Mau, ngày 05 tháng 12 năm 2026");
    }

    @Test
    void thePdfNamesTheNoticeAndSaysWhoConcludedAtWhichMeeting() throws IOException {
        String text = pdfText(documents.pdf(notice(CONCLUSIONS)));

        assertThat(text).contains("THÔNG BÁO",
                "Kết luận của Chủ tịch UBND tỉnh Nguyễn Văn Bình tại cuộc họp trực tuyến với các xã, phường tháng 11/2026",
                "Vào lúc 08 giờ 30 ngày 01/12/2026, Chủ tịch UBND tỉnh Nguyễn Văn Bình chủ trì cuộc họp trực tuyến",
                "Tham dự có đại diện lãnh đạo 62/64 xã, phường được mời.");
    }

    @Test
    void thePdfNumbersTheConclusionsInTheOrderTheyWereRecorded() throws IOException {
        String text = pdfText(documents.pdf(notice(CONCLUSIONS)));

        assertInOrder(text, "1. Các xã, phường hoàn thành bàn giao hồ sơ đất đai trước ngày 31/12/2026.",
                "2. Về Phường Tân Thành: Sở Xây dựng hướng dẫn sửa chữa trụ sở được bàn giao sau sắp xếp.",
                "3. Rà soát thiết bị hư hỏng tại trụ sở mới.");
    }

    @Test
    void aConclusionWithATaskStatesItsTitleDeadlineAndCommunes() throws IOException {
        String text = pdfText(documents.pdf(notice(CONCLUSIONS)));

        assertThat(text).contains("- Nhiệm vụ: Kiểm kê thiết bị trụ sở sau sáp nhập; thời hạn hoàn thành: 15/01/2027; "
                + "đơn vị thực hiện: Phường Tân Thành, Xã Lý Văn Lâm.");
    }

    @Test
    void thePdfClosesWithTheRecipientsAndTheSignatureBlock() throws IOException {
        String text = pdfText(documents.pdf(notice(CONCLUSIONS)));

        assertInOrder(text, "3. Rà soát", "thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.", "Nơi nhận:");
        assertThat(text).contains("- Thường trực Tỉnh ủy;", "- UBND các xã, phường;", "- Lưu: VT.", "TL. CHỦ TỊCH",
                "CHÁNH VĂN PHÒNG", "Trần Thị Hồng");
    }

    @Test
    void aLongPdfNoticeBreaksOntoSeveralPagesWithoutLosingALine() throws IOException {
        List<Conclusion> forty = forty();
        byte[] pdf = documents.pdf(notice(forty));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = flat(new PDFTextStripper().getText(document));
            assertInOrder(text, IntStream.rangeClosed(1, 40).mapToObj(ConclusionNoticeDocumentsTest::longConclusion)
                    .toArray(String[]::new));
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            assertThat(flat(lastPage.getText(document))).contains("Nơi nhận:", "- Lưu: VT.", "CHÁNH VĂN PHÒNG");
        }
    }

    @Test
    void theDocxReadsBackWithTheSameHeaderConclusionsAndClosing() throws IOException {
        try (XWPFDocument document = docx(documents.docx(notice(CONCLUSIONS)))) {
            String text = flat(new XWPFWordExtractor(document).getText());

            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "Số: 125/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Cà Mau, ngày 05 tháng 12 năm 2026", "THÔNG BÁO",
                    "Tham dự có đại diện lãnh đạo 62/64 xã, phường được mời.",
                    "đơn vị thực hiện: Phường Tân Thành, Xã Lý Văn Lâm.", "Nơi nhận:", "- Lưu: VT.", "TL. CHỦ TỊCH",
                    "Trần Thị Hồng");
            assertInOrder(text, "1. Các xã, phường", "2. Về Phường Tân Thành:", "3. Rà soát", "Nơi nhận:");
        }
    }

    @Test
    void theDocxIsSetInTimesNewRomanOnA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument document = docx(documents.docx(notice(CONCLUSIONS)))) {
            List<XWPFRun> runs = runs(document);
            assertThat(runs).isNotEmpty().allSatisfy(run -> {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
            });
            CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(millimetres(size.getW())).isEqualTo(210);
            assertThat(millimetres(size.getH())).isEqualTo(297);
            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertThat(millimetres(margins.getTop())).isBetween(20, 25);
            assertThat(millimetres(margins.getBottom())).isBetween(20, 25);
            assertThat(millimetres(margins.getLeft())).isBetween(30, 35);
            assertThat(millimetres(margins.getRight())).isBetween(15, 20);
        }
    }

    @Test
    void aLongDocxNoticeKeepsEveryConclusionInOrder() throws IOException {
        try (XWPFDocument document = docx(documents.docx(notice(forty())))) {
            assertInOrder(flat(new XWPFWordExtractor(document).getText()),
                    IntStream.rangeClosed(1, 40).mapToObj(ConclusionNoticeDocumentsTest::longConclusion).toArray(String[]::new));
        }
    }

    @Test
    void aNoticeWithoutAChairSaysTheMeetingConcluded() throws IOException {
        ConclusionNotice unchaired = new ConclusionNotice(HEADER, "Giao ban tiến độ quý IV", STARTS_AT, null, 10, 12,
                CONCLUSIONS, RECIPIENTS);

        String text = pdfText(documents.pdf(unchaired));

        assertThat(text).contains("Kết luận tại cuộc họp Giao ban tiến độ quý IV", "cuộc họp kết luận như sau:",
                "Tham dự có đại diện lãnh đạo 10/12 xã, phường được mời.");
    }

    @Test
    void theFileIsNamedAfterTheNoticesNumber() {
        assertThat(ConclusionNoticeDocuments.fileName(notice(CONCLUSIONS), "pdf")).isEqualTo("thong-bao-125-TB-UBND.pdf");
    }

    private static ConclusionNotice notice(List<Conclusion> conclusions) {
        return new ConclusionNotice(HEADER, "Họp trực tuyến với các xã, phường tháng 11/2026", STARTS_AT,
                "Chủ tịch UBND tỉnh Nguyễn Văn Bình", 62, 64, conclusions, RECIPIENTS);
    }

    private static List<Conclusion> forty() {
        List<Conclusion> conclusions = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String text = longConclusion(i).substring((i + ". ").length());
            conclusions.add(new Conclusion(text, null, null));
        }
        return conclusions;
    }

    /** The numbered line the notice prints for conclusion {@code i} of the long notice: two or three lines of text. */
    private static String longConclusion(int i) {
        return i + ". Kết luận số " + i + ": Ủy ban nhân dân xã, phường khẩn trương rà soát, thống kê đầy đủ tài sản, "
                + "hồ sơ được bàn giao sau sắp xếp, báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh (mục " + i + ").";
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/meetings");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    private static XWPFDocument docx(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Lines broken by the layout joined again, so that a sentence reads as one. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'%s' after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    private static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell ->
                        cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()))));
            }
        }
        return runs;
    }

    private static int millimetres(Object twips) {
        return (int) Math.round(Double.parseDouble(twips.toString()) / 1440 * 25.4);
    }
}
