package org.directivetracker.api.documents;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The serif family of every printable document. DejaVu Serif has every Vietnamese glyph (the Liberation fonts that
 * stand in for Times here lack the stacked diacritics); only the glyphs a document uses are embedded.
 */
public record DocumentFonts(PDFont regular, PDFont bold, PDFont italic) {

    public static DocumentFonts embedIn(PDDocument document) {
        return new DocumentFonts(
                load(document, "DejaVuSerif.ttf"),
                load(document, "DejaVuSerif-Bold.ttf"),
                load(document, "DejaVuSerif-Italic.ttf"));
    }

    private static PDFont load(PDDocument document, String file) {
        try (InputStream font = DocumentFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (font == null) {
                throw new IllegalStateException("the font " + file + " is missing from the application's resources");
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new IllegalStateException("the font " + file + " cannot be read", e);
        }
    }
}
