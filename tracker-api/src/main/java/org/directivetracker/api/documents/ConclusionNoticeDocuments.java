package org.directivetracker.api.documents;

import java.util.ArrayList;
import java.util.List;

import org.directivetracker.api.documents.NoticeWording.NumberedConclusion;
import org.directivetracker.api.documents.PdfReport.Line;
import org.directivetracker.api.documents.PdfReport.Type;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A meeting's conclusion notice ("thông báo kết luận") as PDF and as DOCX, laid out as Decree 30/2020/NĐ-CP sets a
 * "THÔNG BÁO": the official header, the document's name and summary, the opening paragraph, the conclusions numbered,
 * then the recipients at the bottom left and the signature block at the right. Always in Vietnamese.
 */
@Component
public class ConclusionNoticeDocuments {

    /**
     * Body text of 13 pt and a first-line indent of 10 mm, within the decree's 13-14 pt and 10-12.7 mm: DejaVu Serif
     * runs wider than Times New Roman, so the PDF takes the smaller size (the DOCX, in Times New Roman, 14 pt).
     */
    static final float BODY_SIZE = 13;
    static final float INDENT_MM = 10;
    /** Room for the handwritten signature and the seal between the signer's title and name. */
    static final int SIGNATURE_BLANK_LINES = 4;

    private final MessageSource messages;
    private final NoticeSignatureProperties signature;

    public ConclusionNoticeDocuments(MessageSource messages, NoticeSignatureProperties signature) {
        this.messages = messages;
        this.signature = signature;
    }

    /** "thong-bao-125-TB-UBND.pdf": the notice's number and symbol, in characters any file system keeps. */
    public static String fileName(ConclusionNotice notice, String extension) {
        String number = notice.header().numberAndSymbol().strip().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "thong-bao" + (number.isEmpty() ? "" : "-" + number) + "." + extension;
    }

    public byte[] pdf(ConclusionNotice notice) {
        NoticeWording wording = new NoticeWording(notice, messages, signature);
        PdfReport report = PdfReport.portrait().header(notice.header()).title(wording.name()).summary(wording.summary());
        report.paragraph(wording.opening(), BODY_SIZE, INDENT_MM);
        for (NumberedConclusion conclusion : wording.conclusions()) {
            report.paragraph(conclusion.text(), BODY_SIZE, INDENT_MM);
            if (conclusion.task() != null) {
                report.paragraph(conclusion.task(), BODY_SIZE, INDENT_MM);
            }
        }
        report.paragraph(wording.closing(), BODY_SIZE, INDENT_MM);
        List<Line> recipients = new ArrayList<>();
        recipients.add(new Line(wording.recipientsTitle(), Type.BOLD, 12, false));
        wording.recipients().forEach(recipient -> recipients.add(new Line(recipient, Type.REGULAR, 11, false)));
        List<Line> signatureBlock = new ArrayList<>();
        wording.signatureTitles().forEach(title -> signatureBlock.add(new Line(title, Type.BOLD, 13, true)));
        for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
            signatureBlock.add(new Line("", Type.REGULAR, 13, true));
        }
        signatureBlock.add(new Line(wording.signerName(), Type.BOLD, 13, true));
        return report.sideBySide(recipients, 0.5f, signatureBlock).toBytes();
    }

    public byte[] docx(ConclusionNotice notice) {
        NoticeWording wording = new NoticeWording(notice, messages, signature);
        NoticeDocx document = new NoticeDocx();
        document.header(notice.header());
        document.name(wording.name(), wording.summary());
        document.paragraph(wording.opening());
        for (NumberedConclusion conclusion : wording.conclusions()) {
            document.paragraph(conclusion.text());
            if (conclusion.task() != null) {
                document.paragraph(conclusion.task());
            }
        }
        document.paragraph(wording.closing());
        document.closing(wording.recipientsTitle(), wording.recipients(), wording.signatureTitles(), wording.signerName());
        return document.toBytes();
    }
}
