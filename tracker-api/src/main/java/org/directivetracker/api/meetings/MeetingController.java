package org.directivetracker.api.meetings;

import java.util.List;

import org.directivetracker.api.meetings.MeetingRequests.AttendanceRequest;
import org.directivetracker.api.meetings.MeetingRequests.ConclusionCreated;
import org.directivetracker.api.meetings.MeetingRequests.ConclusionRequest;
import org.directivetracker.api.meetings.MeetingRequests.Created;
import org.directivetracker.api.meetings.MeetingRequests.NoticeAnswer;
import org.directivetracker.api.meetings.MeetingRequests.NoticeRequest;
import org.directivetracker.api.meetings.MeetingRequests.ScheduleRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.MeetingView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The province's meetings over HTTP: PROVINCE writes, PROVINCE and AUDITOR read, communes and departments neither. */
@RestController
@RequestMapping("/api/meetings")
public class MeetingController {
    static final String DOCX_VALUE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MeetingActions actions;
    private final MeetingReads reads;
    private final MeetingNotices notices;

    public MeetingController(MeetingActions actions, MeetingReads reads, MeetingNotices notices) {
        this.actions = actions;
        this.reads = reads;
        this.notices = notices;
    }

    @GetMapping
    public List<MeetingView> meetings(Actor actor) {
        return reads.list(actor);
    }

    @GetMapping("/{id}")
    public MeetingDetail meeting(@PathVariable String id, Actor actor) {
        return reads.detail(id, actor);
    }

    @PostMapping
    public ResponseEntity<Created> schedule(@RequestBody(required = false) ScheduleRequest body, Actor actor,
                                            RequestId requestId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(actions.schedule(body, actor, requestId)));
    }

    @PostMapping("/{id}/attendance")
    public ResponseEntity<Void> attendance(@PathVariable String id, @RequestBody(required = false) AttendanceRequest body,
                                           Actor actor, RequestId requestId) {
        actions.recordAttendance(id, body, actor, requestId);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/conclusions")
    public ResponseEntity<ConclusionCreated> conclusion(@PathVariable String id,
                                                        @RequestBody(required = false) ConclusionRequest body,
                                                        Actor actor, RequestId requestId) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ConclusionCreated(actions.recordConclusion(id, body, actor, requestId)));
    }

    /** The notice as a PDF or a DOCX file, as the request accepts (or {@code ?format=pdf|docx}); 406 otherwise. */
    @GetMapping(value = "/{id}/notice", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> noticePdf(@PathVariable String id, Actor actor) {
        return file(notices.pdf(id, actor), MediaType.APPLICATION_PDF);
    }

    @GetMapping(value = "/{id}/notice", produces = DOCX_VALUE)
    public ResponseEntity<byte[]> noticeDocx(@PathVariable String id, Actor actor) {
        return file(notices.docx(id, actor), MediaType.parseMediaType(DOCX_VALUE));
    }

    private static ResponseEntity<byte[]> file(MeetingNotices.NoticeFile file, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    @PostMapping("/{id}/notice")
    public NoticeAnswer notice(@PathVariable String id, @RequestBody(required = false) NoticeRequest body, Actor actor,
                               RequestId requestId) {
        return actions.issueNotice(id, body, actor, requestId);
    }
}
