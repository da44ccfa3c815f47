package org.directivetracker.api.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and breaking a document's text in a font and size: what {@link PdfReport} lays out line by line. */
final class PdfText {

    private PdfText() {
    }

    /** The largest size up to {@code size}, in half points, at which the text fits the width on one line. */
    static float fitting(String text, PDFont font, float size, float width) {
        float fitted = size;
        while (fitted > 6 && width(text, font, fitted) > width) {
            fitted -= 0.5f;
        }
        return fitted;
    }

    static float leading(float size) {
        return size * 1.3f;
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines no wider than {@code width}, at spaces, or inside a word longer than a line. */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace('\t', ' ').split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
