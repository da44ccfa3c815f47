package org.directivetracker.api.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.IssueConclusionNotice;
import org.directivetracker.core.api.command.MeetingCommand;
import org.directivetracker.core.api.command.RecordAttendance;
import org.directivetracker.core.api.command.RecordConclusion;
import org.directivetracker.core.api.command.ScheduleMeeting;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.NewDirective;
import org.directivetracker.core.api.value.NoticeNumber;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;
import org.directivetracker.projections.communes.Commune;

/**
 * The demo's meetings: last week's, attended, concluded and closed by its notice (whose new directive the
 * meeting-conclusions processor then issues), and next week's, scheduled with every commune. Ids and request ids are
 * fixed, so a second load adds nothing.
 */
final class DemoMeetings {

    static final String PAST = "meeting-demo-past";
    static final String UPCOMING = "meeting-demo-upcoming";
    private static final Actor LEADER = Actor.province("leader");

    private DemoMeetings() {
    }

    /** A meeting command and the moment it is sent at. */
    record Step(Instant at, MeetingCommand command) {
    }

    static List<Step> steps(List<Commune> province, LocalDate today) {
        List<CommuneCode> all = province.stream().map(commune -> new CommuneCode(commune.code())).toList();
        List<CommuneCode> invited = all.subList(0, Math.min(12, all.size()));
        Instant pastStart = at(today.minusDays(7), 8);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(pastStart.minusSeconds(3 * 24 * 3600), new ScheduleMeeting(PAST,
                new Title("Họp trực tuyến giao ban tiến độ nhiệm vụ với các xã, phường"), pastStart, invited, LEADER,
                "demo-meeting-past-schedule")));
        for (int i = 0; i < invited.size(); i++) {
            boolean present = i % 5 != 4;
            steps.add(new Step(pastStart.plusSeconds(60L * i), new RecordAttendance(PAST, invited.get(i), present,
                    present ? "Phó Chủ tịch UBND" : null, LEADER, "demo-meeting-past-attendance-" + i)));
        }
        steps.add(new Step(pastStart.plusSeconds(3600), new RecordConclusion(PAST, "demo-k1",
                new Note("Các xã, phường có nhiệm vụ quá hạn khẩn trương hoàn thành, báo cáo kết quả trước kỳ họp sau."),
                null, invited.get(0), null, null, LEADER, "demo-meeting-past-k1")));
        steps.add(new Step(pastStart.plusSeconds(4000), new RecordConclusion(PAST, "demo-k2",
                new Note("Giao các xã rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn."),
                null, null, null, new NewDirective(new Title("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo"),
                        new Description("Thực hiện kết luận tại cuộc họp giao ban: rà soát, cập nhật danh sách hộ nghèo, "
                                + "hộ cận nghèo; báo cáo kết quả về UBND tỉnh."),
                        new Deadline(today.plusDays(21)), invited.subList(1, 3)),
                LEADER, "demo-meeting-past-k2")));
        steps.add(new Step(at(today.minusDays(6), 9), new IssueConclusionNotice(PAST, new NoticeNumber("118/TB-UBND"),
                LEADER, "demo-meeting-past-notice")));
        steps.add(new Step(at(today.minusDays(1), 16), new ScheduleMeeting(UPCOMING,
                new Title("Họp trực tuyến giao ban tháng với tất cả các xã, phường"), at(today.plusDays(3), 8), all,
                LEADER, "demo-meeting-upcoming-schedule")));
        return steps;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ProvinceTime.ZONE).toInstant();
    }
}
