package org.directivetracker.api.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a meeting's conclusion notice ("thông báo kết luận") says, ready to be laid out as a document: the meetings
 * feature fills it from a meeting's history, the documents feature prints it.
 *
 * @param header          issuing body, number and symbol (e.g. "125/TB-UBND"), place and date of the notice
 * @param meetingTitle    e.g. "Họp trực tuyến với các xã, phường tháng 11/2026"
 * @param meetingStartsAt when the meeting began
 * @param chairedBy       who chaired it, as the notice names them, or null
 * @param communesPresent how many of the invited communes attended
 * @param communesInvited how many communes were invited
 * @param conclusions     in the order they were recorded; numbered 1, 2, ... in the document
 * @param recipients      the "Nơi nhận" list, e.g. "UBND các xã, phường", "Lưu: VT"
 */
public record ConclusionNotice(OfficialHeader header, String meetingTitle, Instant meetingStartsAt, String chairedBy,
                               int communesPresent, int communesInvited, List<Conclusion> conclusions,
                               List<String> recipients) {

    public ConclusionNotice {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(meetingTitle, "meetingTitle");
        Objects.requireNonNull(meetingStartsAt, "meetingStartsAt");
        conclusions = List.copyOf(conclusions);
        recipients = List.copyOf(recipients);
    }

    /**
     * One conclusion.
     *
     * @param text         what was concluded
     * @param about        what it is about, as a reader names it (a directive's title, a commune's name), or null
     * @param newDirective the task it gives, or null
     */
    public record Conclusion(String text, String about, NewDirective newDirective) {
        public Conclusion {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A task a conclusion gives: its title, deadline and the names of the communes it goes to. */
    public record NewDirective(String title, LocalDate deadline, List<String> communeNames) {
        public NewDirective {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(deadline, "deadline");
            communeNames = List.copyOf(communeNames);
        }
    }
}
