package org.directivetracker.api.documents;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.directivetracker.api.documents.ConclusionNotice.Conclusion;
import org.directivetracker.api.documents.ConclusionNotice.NewDirective;
import org.directivetracker.core.api.value.ProvinceTime;
import org.springframework.context.MessageSource;

/**
 * The sentences of a conclusion notice, the same for its PDF and its DOCX. A notice is an official document of the
 * province and is always written in Vietnamese, whatever language the reader's pages are in.
 */
final class NoticeWording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** One numbered conclusion, and the line of the task it gives, or null. */
    record NumberedConclusion(String text, String task) {
    }

    private final ConclusionNotice notice;
    private final MessageSource messages;
    private final NoticeSignatureProperties signature;

    NoticeWording(ConclusionNotice notice, MessageSource messages, NoticeSignatureProperties signature) {
        this.notice = notice;
        this.messages = messages;
        this.signature = signature;
    }

    String name() {
        return word("notice.name");
    }

    /** "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp trực tuyến với các xã, phường tháng 11/2026". */
    String summary() {
        return chaired() ? word("notice.summary", notice.chairedBy(), meeting()) : word("notice.summary.unchaired", meeting());
    }

    /** When the meeting began, who chaired it, how many of the invited communes attended. */
    String opening() {
        ZonedDateTime start = notice.meetingStartsAt().atZone(ProvinceTime.ZONE);
        String time = word("notice.time", String.format("%02d", start.getHour()), String.format("%02d", start.getMinute()));
        return word(chaired() ? "notice.opening" : "notice.opening.unchaired", time, Words.date(start.toLocalDate()),
                chaired() ? notice.chairedBy() : "", meeting(), String.valueOf(notice.communesPresent()),
                String.valueOf(notice.communesInvited()));
    }

    /** The conclusions numbered 1, 2, ... in the order they were recorded. */
    List<NumberedConclusion> conclusions() {
        List<NumberedConclusion> numbered = new ArrayList<>(notice.conclusions().size());
        int number = 1;
        for (Conclusion conclusion : notice.conclusions()) {
            String text = isBlank(conclusion.about())
                    ? word("notice.conclusion", String.valueOf(number), conclusion.text())
                    : word("notice.conclusion.about", String.valueOf(number), conclusion.about(), conclusion.text());
            numbered.add(new NumberedConclusion(text, task(conclusion.newDirective())));
            number++;
        }
        return numbered;
    }

    private String task(NewDirective task) {
        if (task == null) {
            return null;
        }
        String deadline = Words.date(task.deadline());
        return task.communeNames().isEmpty() ? word("notice.task.noCommunes", task.title(), deadline)
                : word("notice.task", task.title(), deadline, String.join(", ", task.communeNames()));
    }

    String closing() {
        return chaired() ? word("notice.closing", notice.chairedBy()) : word("notice.closing.unchaired");
    }

    String recipientsTitle() {
        return word("notice.recipients");
    }

    /** "- UBND các xã, phường;" ... "- Lưu: VT.": a dash before each, a semicolon after each but the last, a full stop after it. */
    List<String> recipients() {
        List<String> lines = new ArrayList<>();
        List<String> recipients = notice.recipients().stream().filter(r -> !isBlank(r)).map(String::strip).toList();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i).replaceAll("[;.,]+$", "");
            lines.add("- " + recipient + (i == recipients.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** The lines above the blank left for the signature: the authority and the signer's title. */
    List<String> signatureTitles() {
        return List.of(signature.authority(), signature.signerTitle()).stream().filter(line -> !isBlank(line)).toList();
    }

    /** The signer's name under the blank, or an empty line when it is written by hand. */
    String signerName() {
        return signature.signerName() == null ? "" : signature.signerName();
    }

    /**
     * The meeting as the sentences name it: "Họp trực tuyến với ..." becomes "cuộc họp trực tuyến với ...", any other
     * title follows "cuộc họp".
     */
    private String meeting() {
        String title = notice.meetingTitle().strip();
        String lower = title.toLowerCase(VIETNAMESE);
        if (lower.startsWith("cuộc họp ")) {
            return lower.charAt(0) + title.substring(1);
        }
        if (lower.startsWith("họp ")) {
            return word("notice.meeting", title.substring("họp ".length()));
        }
        return word("notice.meeting", title);
    }

    private boolean chaired() {
        return !isBlank(notice.chairedBy());
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
