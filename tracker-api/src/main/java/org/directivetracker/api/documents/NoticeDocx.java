package org.directivetracker.api.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A notice as a Word document, in the decree's type and page: Times New Roman (the decree's font, on every office's
 * Word), body 14 pt justified with its first line indented, A4 with margins of 20 mm top and bottom, 30 mm left and
 * 15 mm right. The header and the closing are borderless two-column tables, as offices type them.
 */
final class NoticeDocx {

    static final String FONT = "Times New Roman";
    /** A4 and the margins, in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    private static final int CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int INDENT = 567;

    private final XWPFDocument document = new XWPFDocument();

    NoticeDocx() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The issuing body and number at the left, the national title, motto and place and date line at the right. */
    void header(OfficialHeader header) {
        XWPFTable table = borderless(0.38);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        int leftWidth = (int) (CONTENT_WIDTH * 0.38);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (header.parentBody() != null) {
            run(centred(first), header.parentBody(), 13, false, false);
            first = centred(left.addParagraph());
        }
        run(centred(first), header.issuingBody(), 13, true, false);
        rule(left.addParagraph(), leftWidth, leftWidth / 3);
        run(centred(left.addParagraph()), header.numberLine(), 13, false, false);

        int rightWidth = CONTENT_WIDTH - leftWidth;
        run(centred(right.getParagraphs().get(0)), OfficialHeader.NATIONAL_TITLE, 12, true, false);
        run(centred(right.addParagraph()), OfficialHeader.MOTTO, 13, true, false);
        rule(right.addParagraph(), rightWidth, rightWidth * 3 / 5);
        run(centred(right.addParagraph()), header.placeAndDateLine(), 13, false, true);
    }

    /** "THÔNG BÁO" and the summary under it, bold and centred, with a short rule. */
    void name(String name, String summary) {
        XWPFParagraph title = centred(document.createParagraph());
        title.setSpacingBefore(360);
        run(title, name, 14, true, false);
        run(centred(document.createParagraph()), summary, 14, true, false);
        XWPFParagraph rule = document.createParagraph();
        rule(rule, CONTENT_WIDTH, CONTENT_WIDTH / 5);
        rule.setSpacingAfter(240);
    }

    /** A paragraph of the body: justified, its first line indented, 6 pt after it. */
    void paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(INDENT);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, 14, false, false);
    }

    /** The recipients at the left, the signature block at the right with a blank for the signature and seal. */
    void closing(String recipientsTitle, List<String> recipients, List<String> signatureTitles, String signerName) {
        document.createParagraph();
        XWPFTable table = borderless(0.5);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), recipientsTitle, 12, true, true);
        for (String recipient : recipients) {
            run(left.addParagraph(), recipient, 11, false, false);
        }
        XWPFParagraph line = centred(right.getParagraphs().get(0));
        for (int i = 0; i < signatureTitles.size(); i++) {
            run(i == 0 ? line : centred(right.addParagraph()), signatureTitles.get(i), 14, true, false);
        }
        for (int i = 0; i < ConclusionNoticeDocuments.SIGNATURE_BLANK_LINES; i++) {
            run(centred(right.addParagraph()), "", 14, false, false);
        }
        run(centred(right.addParagraph()), signerName, 14, true, false);
        // Word ends a document with a paragraph, never with a table
        document.createParagraph();
    }

    byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFTable borderless(double leftShare) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth(String.valueOf(CONTENT_WIDTH));
        table.getRow(0).getCell(0).setWidth(String.valueOf((int) (CONTENT_WIDTH * leftShare)));
        table.getRow(0).getCell(1).setWidth(String.valueOf(CONTENT_WIDTH - (int) (CONTENT_WIDTH * leftShare)));
        return table;
    }

    /**
     * A thin line {@code width} wide, centred in a column {@code columnWidth} wide: an empty paragraph whose bottom
     * border runs between its indents.
     */
    private static void rule(XWPFParagraph paragraph, int columnWidth, int width) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(6));
        paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
        paragraph.setSpacingAfter(80);
        int indent = Math.max(0, (columnWidth - width) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
