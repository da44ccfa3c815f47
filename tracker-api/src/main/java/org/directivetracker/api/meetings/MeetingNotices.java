package org.directivetracker.api.meetings;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.documents.ConclusionNotice;
import org.directivetracker.api.documents.ConclusionNoticeDocuments;
import org.directivetracker.api.documents.DocumentProperties;
import org.directivetracker.api.documents.OfficialHeader;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.stereotype.Service;

/**
 * A meeting's conclusion notice as a document: its contents filled from the meeting (header of the issuing body, the
 * notice's number, the place from configuration, the date it was issued in the province), printed as PDF or DOCX.
 */
@Service
public class MeetingNotices {
    private final MeetingReads reads;
    private final ViewQueries views;
    private final CommuneDirectory communes;
    private final DocumentProperties issuer;
    private final MeetingProperties settings;
    private final ConclusionNoticeDocuments documents;

    public MeetingNotices(MeetingReads reads, ViewQueries views, CommuneDirectory communes, DocumentProperties issuer,
                          MeetingProperties settings, ConclusionNoticeDocuments documents) {
        this.reads = reads;
        this.views = views;
        this.communes = communes;
        this.issuer = issuer;
        this.settings = settings;
        this.documents = documents;
    }

    public record NoticeFile(String fileName, byte[] content) {
    }

    public NoticeFile pdf(String meetingId, Actor actor) {
        ConclusionNotice notice = notice(meetingId, actor);
        return new NoticeFile(ConclusionNoticeDocuments.fileName(notice, "pdf"), documents.pdf(notice));
    }

    public NoticeFile docx(String meetingId, Actor actor) {
        ConclusionNotice notice = notice(meetingId, actor);
        return new NoticeFile(ConclusionNoticeDocuments.fileName(notice, "docx"), documents.docx(notice));
    }

    /** The notice of a meeting whose notice was issued; before that there is none to print. */
    ConclusionNotice notice(String meetingId, Actor actor) {
        MeetingView meeting = reads.meeting(meetingId, actor);
        if (meeting.notice() == null) {
            throw new NoNoticeYetException(meetingId);
        }
        OfficialHeader header = new OfficialHeader(issuer.parentBody().isBlank() ? null : issuer.parentBody(),
                issuer.issuingBody(), meeting.notice().number(), issuer.place(),
                ProvinceTime.dateOf(meeting.notice().issuedAt()));
        int present = (int) meeting.attendance().stream().filter(MeetingView.Attendance::present).count();
        List<ConclusionNotice.Conclusion> conclusions = new ArrayList<>();
        for (MeetingView.Conclusion conclusion : meeting.conclusions()) {
            conclusions.add(new ConclusionNotice.Conclusion(conclusion.text(), aboutOf(conclusion),
                    conclusion.newDirective() == null ? null : new ConclusionNotice.NewDirective(
                            conclusion.newDirective().title(), conclusion.newDirective().deadline(),
                            conclusion.newDirective().communes().stream().map(communes::nameOf).toList())));
        }
        return new ConclusionNotice(header, meeting.title(), meeting.startsAt(),
                settings.chairedBy().isBlank() ? null : settings.chairedBy(), present, meeting.communes().size(),
                conclusions, settings.noticeRecipients());
    }

    /** What a conclusion is about, as a reader names it: the directive's title, else the commune's name. */
    private String aboutOf(MeetingView.Conclusion conclusion) {
        if (conclusion.directiveId() != null) {
            return views.ask(new FindDirectiveProgress(conclusion.directiveId(), null),
                            ResponseTypes.optionalInstanceOf(DirectiveProgressView.class))
                    .map(DirectiveProgressView::title).orElse(null);
        }
        return conclusion.commune() == null ? null : communes.nameOf(conclusion.commune());
    }
}
