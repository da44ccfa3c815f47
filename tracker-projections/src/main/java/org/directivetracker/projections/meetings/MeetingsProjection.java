package org.directivetracker.projections.meetings;

import java.time.Instant;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.AttendanceRecorded;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionRecorded;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.MeetingScheduled;

/** Keeps the meetings read model. */
public class MeetingsProjection {

    private final MeetingsReadModel meetings;

    public MeetingsProjection(MeetingsReadModel meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    public void on(MeetingScheduled event, @SequenceNumber long sequence) {
        meetings.schedule(event, sequence);
    }

    @EventHandler
    public void on(AttendanceRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        meetings.recordAttendance(event, at, sequence);
    }

    @EventHandler
    public void on(ConclusionRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        meetings.recordConclusion(event, at, sequence);
    }

    @EventHandler
    public void on(ConclusionNoticeIssued event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(MetadataKeys.ACCOUNT) String account) {
        meetings.issueNotice(event, at, account, sequence);
    }

    @EventHandler
    public void on(DirectiveIssued event) {
        if (event.origin() != null) {
            meetings.directiveIssued(event.origin().meetingId(), event.directiveId());
        }
    }
}
