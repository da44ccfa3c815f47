package org.directivetracker.api.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import static org.directivetracker.api.documents.PdfText.fitting;
import static org.directivetracker.api.documents.PdfText.leading;
import static org.directivetracker.api.documents.PdfText.width;
import static org.directivetracker.api.documents.PdfText.wrap;

/**
 * A printed report on A4, written top to bottom: the official header, a title, paragraphs and tables that continue
 * on the next page with their header row repeated. Margins as Decree 30/2020/NĐ-CP sets them (left 30 mm, right
 * 15 mm, top and bottom 20 mm); DejaVu Serif embedded, so every Vietnamese glyph prints and reads back.
 */
public final class PdfReport {

    /** A table column: its title, its share of the width, and whether its cells are numbers (right-aligned). */
    public record Column(String title, float weight, boolean numeric) {
        public static Column text(String title, float weight) {
            return new Column(title, weight, false);
        }

        public static Column number(String title, float weight) {
            return new Column(title, weight, true);
        }
    }

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float TABLE_SIZE = 9.5f;
    private static final float CELL_PADDING = 3;

    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts = DocumentFonts.embedIn(document);
    private final PDRectangle pageSize;
    private PDPageContentStream content;
    private float y;

    private PdfReport(PDRectangle pageSize) {
        this.pageSize = pageSize;
        newPage();
    }

    public static PdfReport portrait() {
        return new PdfReport(PDRectangle.A4);
    }

    public static PdfReport landscape() {
        return new PdfReport(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    }

    /** The official header of Decree 30/2020/NĐ-CP, at the top of the current page. */
    public PdfReport header(OfficialHeader header) {
        float width = contentWidth();
        float leftWidth = width * 0.4f;
        float rightX = LEFT + leftWidth;
        float rightWidth = width - leftWidth;
        float top = y;

        float left = top;
        if (header.parentBody() != null) {
            left = centred(header.parentBody(), fonts.regular(), 12, LEFT, leftWidth, left);
        }
        left = centred(header.issuingBody(), fonts.bold(), 12, LEFT, leftWidth, left);
        rule(LEFT + leftWidth / 3, LEFT + leftWidth * 2 / 3, left + 3);
        left = centred(header.numberLine(), fonts.regular(), 13, LEFT, leftWidth, left - 6);

        // the national title stays on one line, as the decree sets it: smaller type where the column is narrow
        float titleSize = fitting(OfficialHeader.NATIONAL_TITLE, fonts.bold(), 12, rightWidth);
        float right = centred(OfficialHeader.NATIONAL_TITLE, fonts.bold(), titleSize, rightX, rightWidth, top);
        float mottoSize = fitting(OfficialHeader.MOTTO, fonts.bold(), 13, rightWidth);
        float mottoWidth = width(OfficialHeader.MOTTO, fonts.bold(), mottoSize);
        right = centred(OfficialHeader.MOTTO, fonts.bold(), mottoSize, rightX, rightWidth, right);
        float mottoLeft = rightX + (rightWidth - mottoWidth) / 2;
        rule(mottoLeft, mottoLeft + mottoWidth, right + 3);
        right = centred(header.placeAndDateLine(), fonts.italic(), 13, rightX, rightWidth, right - 6);

        y = Math.min(left, right) - 18;
        return this;
    }

    /** The document's name, bold and centred (e.g. "BÁO CÁO"). */
    public PdfReport title(String text) {
        y = centred(text, fonts.bold(), 14, LEFT, contentWidth(), y) - 2;
        return this;
    }

    /** A line under the title, italic and centred (what the report is about, its period). */
    public PdfReport subtitle(String text) {
        y = centred(text, fonts.italic(), 12, LEFT, contentWidth(), y) - 8;
        return this;
    }

    public PdfReport heading(String text) {
        ensureRoom(40);
        y = lines(wrap(text, fonts.bold(), 12, contentWidth()), fonts.bold(), 12, LEFT, y - 4);
        return this;
    }

    public PdfReport paragraph(String text) {
        for (String line : wrap(text, fonts.regular(), 12, contentWidth())) {
            ensureRoom(16);
            y = lines(List.of(line), fonts.regular(), 12, LEFT, y);
        }
        y -= 4;
        return this;
    }

    /** The document's summary under its name ("trích yếu"): bold, centred, with the short rule the decree draws under it. */
    public PdfReport summary(String text) {
        float width = contentWidth();
        y = centred(text, fonts.bold(), 13, LEFT, width, y);
        rule(LEFT + width * 0.4f, LEFT + width * 0.6f, y - 5);
        y -= 20;
        return this;
    }

    /**
     * A paragraph of a letter's body in the given size, its first line indented by {@code indentMm}; a paragraph
     * longer than the page goes on at the top of the next, line by line.
     */
    public PdfReport paragraph(String text, float size, float indentMm) {
        float indent = indentMm * MM;
        for (String part : text.replace('\t', ' ').split("\r?\n", -1)) {
            String first = wrap(part, fonts.regular(), size, contentWidth() - indent).get(0);
            ensureRoom(leading(size));
            y = lines(List.of(first), fonts.regular(), size, LEFT + indent, y);
            String rest = part.substring(first.length());
            if (rest.startsWith(" ")) {
                rest = rest.substring(1);
            }
            if (!rest.isEmpty()) {
                for (String line : wrap(rest, fonts.regular(), size, contentWidth())) {
                    ensureRoom(leading(size));
                    y = lines(List.of(line), fonts.regular(), size, LEFT, y);
                }
            }
        }
        y -= size * 0.4f;
        return this;
    }

    /** A line of a {@link #sideBySide} block: its text, type, size, and whether it is centred in its column. */
    public record Line(String text, Type type, float size, boolean centred) {
    }

    /** The three faces of the serif family. */
    public enum Type { REGULAR, BOLD, ITALIC }

    /**
     * Two blocks side by side from the current line, the left one {@code leftShare} of the width (a letter's
     * recipients and its signature); kept together, on the next page if the rest of this one is too short.
     */
    public PdfReport sideBySide(List<Line> left, float leftShare, List<Line> right) {
        float leftWidth = contentWidth() * leftShare;
        float rightWidth = contentWidth() - leftWidth;
        y -= 8;
        ensureRoom(Math.max(blockHeight(left, leftWidth), blockHeight(right, rightWidth)));
        float leftEnd = block(left, LEFT, leftWidth, y);
        float rightEnd = block(right, LEFT + leftWidth, rightWidth, y);
        y = Math.min(leftEnd, rightEnd);
        return this;
    }

    private float blockHeight(List<Line> block, float width) {
        float height = 0;
        for (Line line : block) {
            height += wrap(line.text(), font(line.type()), line.size(), width).size() * leading(line.size());
        }
        return height;
    }

    private float block(List<Line> block, float x, float width, float top) {
        float lineTop = top;
        for (Line line : block) {
            PDFont font = font(line.type());
            lineTop = line.centred() ? centred(line.text(), font, line.size(), x, width, lineTop)
                    : lines(wrap(line.text(), font, line.size(), width), font, line.size(), x, lineTop);
        }
        return lineTop;
    }

    private PDFont font(Type type) {
        return switch (type) {
            case REGULAR -> fonts.regular();
            case BOLD -> fonts.bold();
            case ITALIC -> fonts.italic();
        };
    }

    /** A small line for what is to be copied rather than read (a digest, a check code). */
    public PdfReport note(String text) {
        for (String line : wrap(text, fonts.regular(), 9, contentWidth())) {
            ensureRoom(12);
            y = lines(List.of(line), fonts.regular(), 9, LEFT, y);
        }
        y -= 4;
        return this;
    }

    /** A table; a row that does not fit goes to the next page, under the header row again. */
    public PdfReport table(List<Column> columns, List<List<String>> rows) {
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = contentWidth() * columns.get(i).weight() / total;
        }
        List<String> titles = columns.stream().map(Column::title).toList();
        row(columns, widths, titles, true);
        for (List<String> cells : rows) {
            if (!fits(widths, cells)) {
                newPage();
                row(columns, widths, titles, true);
            }
            row(columns, widths, cells, false);
        }
        y -= 10;
        return this;
    }

    /** The finished document. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.close();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fits(float[] widths, List<String> cells) {
        return y - rowHeight(widths, cells, fonts.regular()) >= BOTTOM;
    }

    private float rowHeight(float[] widths, List<String> cells, PDFont font) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(cell(cells, i), font, TABLE_SIZE, widths[i] - 2 * CELL_PADDING).size());
        }
        return lines * leading(TABLE_SIZE) + 2 * CELL_PADDING;
    }

    private void row(List<Column> columns, float[] widths, List<String> cells, boolean header) {
        PDFont font = header ? fonts.bold() : fonts.regular();
        float height = rowHeight(widths, cells, font);
        float x = LEFT;
        try {
            for (int i = 0; i < widths.length; i++) {
                if (header) {
                    content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                    content.addRect(x, y - height, widths[i], height);
                    content.fill();
                    content.setNonStrokingColor(0f, 0f, 0f);
                }
                content.setLineWidth(0.5f);
                content.addRect(x, y - height, widths[i], height);
                content.stroke();
                List<String> lines = wrap(cell(cells, i), font, TABLE_SIZE, widths[i] - 2 * CELL_PADDING);
                float lineY = y - CELL_PADDING;
                for (String line : lines) {
                    float textX = columns.get(i).numeric() && !header
                            ? x + widths[i] - CELL_PADDING - width(line, font, TABLE_SIZE) : x + CELL_PADDING;
                    show(line, font, TABLE_SIZE, textX, lineY - TABLE_SIZE);
                    lineY -= leading(TABLE_SIZE);
                }
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }

    /** Draws the lines centred in a box from {@code x}, {@code width} wide, from {@code top} down; answers the next top. */
    private float centred(String text, PDFont font, float size, float x, float width, float top) {
        float lineTop = top;
        for (String line : wrap(text, font, size, width)) {
            show(line, font, size, x + (width - width(line, font, size)) / 2, lineTop - size);
            lineTop -= leading(size);
        }
        return lineTop;
    }

    private float lines(List<String> lines, PDFont font, float size, float x, float top) {
        float lineTop = top;
        for (String line : lines) {
            show(line, font, size, x, lineTop - size);
            lineTop -= leading(size);
        }
        return lineTop;
    }

    private void rule(float fromX, float toX, float atY) {
        try {
            content.setLineWidth(0.6f);
            content.moveTo(fromX, atY);
            content.lineTo(toX, atY);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureRoom(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float contentWidth() {
        return pageSize.getWidth() - LEFT - RIGHT;
    }
}
