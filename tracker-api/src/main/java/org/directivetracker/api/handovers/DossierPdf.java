package org.directivetracker.api.handovers;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.directivetracker.api.documents.DocumentFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A commune's dossier as a printable A4 document for the handover: the commune and the instant, the last handover,
 * then one block per assignment (state, deadline, who owes the next step, open obstacles, pending decisions,
 * evidence with digests), and the dossier's digest at the end. Words from the message bundles, dates dd/MM/yyyy and
 * times in Vietnam.
 */
@Component
public class DossierPdf {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final MessageSource messages;

    public DossierPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(Dossier dossier, Locale locale) {
        try (PDDocument document = new PDDocument()) {
            Writer writer = new Writer(document, DocumentFonts.embedIn(document));
            Words words = new Words(locale);
            writer.line(writer.fonts.bold(), 15, words.get("dossier.pdf.title", dossier.communeName(), dossier.commune()));
            writer.line(writer.fonts.italic(), 10, words.get("dossier.pdf.asOf", moment(dossier.asOf())));
            writer.gap();
            Dossier.LastHandover last = dossier.lastHandover();
            writer.line(writer.fonts.regular(), 10, last == null ? words.get("dossier.pdf.noHandover")
                    : words.get("dossier.pdf.lastHandover", last.from(), last.to(), moment(last.recordedAt()), last.note()));
            for (Dossier.Assignment assignment : dossier.assignments()) {
                writer.gap();
                writer.line(writer.fonts.bold(), 11, assignment.title() + (assignment.reference() == null ? ""
                        : " (" + assignment.reference() + ")"));
                writer.line(writer.fonts.regular(), 10, words.get("dossier.pdf.state",
                        words.get("stage." + assignment.stage()),
                        assignment.timeliness() == null ? words.get("timeliness.NONE")
                                : words.get("timeliness." + assignment.timeliness()),
                        assignment.percent(), day(assignment.deadline()),
                        assignment.nextStepBy() == null ? "-" : words.get("dossier.party." + assignment.nextStepBy())));
                for (Dossier.OpenObstacle obstacle : assignment.openObstacles()) {
                    writer.line(writer.fonts.regular(), 10, "• " + words.get("dossier.pdf.obstacle",
                            words.get("category." + obstacle.category()), obstacle.description(),
                            day(obstacle.raisedAt()), words.get("dossier.party." + obstacle.waitingOn())));
                }
                for (Dossier.PendingDecision pending : assignment.pendingDecisions()) {
                    writer.line(writer.fonts.regular(), 10, "• " + words.get("dossier.pdf.pending." + pending.kind(),
                            day(pending.since()), pending.text(), day(pending.requestedDeadline())));
                }
                for (Dossier.Evidence evidence : assignment.evidence()) {
                    writer.line(writer.fonts.regular(), 9, "• " + words.get("dossier.pdf.evidence", evidence.fileName(),
                            day(evidence.attachedAt()), evidence.sha256()));
                }
            }
            writer.gap();
            writer.line(writer.fonts.italic(), 9, words.get("dossier.pdf.digest", dossier.digest()));
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the dossier could not be written as PDF", e);
        }
    }

    private static String moment(Instant instant) {
        return instant == null ? "-" : MOMENT.format(instant.atZone(PROVINCE));
    }

    private static String day(Instant instant) {
        return instant == null ? "-" : DAY.format(instant.atZone(PROVINCE));
    }

    private static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }

    private final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }
    }

    /** Lines top to bottom, wrapped to the page's width, on as many pages as they need. */
    private static final class Writer {
        private final PDDocument document;
        private final DocumentFonts fonts;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, DocumentFonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        void line(PDFont font, float size, String text) throws IOException {
            for (String wrapped : wrap(font, size, text == null ? "" : text.replaceAll("\\s+", " "))) {
                if (y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.4f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(wrapped);
                content.endText();
            }
        }

        void gap() {
            y -= 8;
        }

        private List<String> wrap(PDFont font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
