package org.directivetracker.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentFontsTest {

    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String EVERY_TONE = "Cà Mau, ngày 29 tháng 11 năm 2026: Ủy ban nhân dân tỉnh; quyết định số ưởng ữ ỵ ỹ Đ đ";

    @Test
    void aPrintedLineKeepsEveryVietnameseDiacriticWhenReadBack() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentFonts fonts = DocumentFonts.embedIn(document);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(fonts.bold(), 13);
                text.newLineAtOffset(50, 700);
                text.showText(MOTTO);
                text.setFont(fonts.italic(), 12);
                text.newLineAtOffset(0, -20);
                text.showText(EVERY_TONE);
                text.setFont(fonts.regular(), 12);
                text.newLineAtOffset(0, -20);
                text.showText("Trạng thái xử lý: quá hạn");
                text.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains(MOTTO, EVERY_TONE, "Trạng thái xử lý: quá hạn");
        }
    }
}
