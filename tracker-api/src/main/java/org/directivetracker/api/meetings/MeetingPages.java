package org.directivetracker.api.meetings;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.directivetracker.api.meetings.MeetingForms.AttendanceForm;
import org.directivetracker.api.meetings.MeetingForms.ConclusionForm;
import org.directivetracker.api.meetings.MeetingForms.NoticeForm;
import org.directivetracker.api.meetings.MeetingForms.ScheduleForm;
import org.directivetracker.api.meetings.MeetingRequests.AttendanceRequest;
import org.directivetracker.api.meetings.MeetingRequests.ConclusionRequest;
import org.directivetracker.api.meetings.MeetingRequests.NewDirectiveRequest;
import org.directivetracker.api.meetings.MeetingRequests.NoticeRequest;
import org.directivetracker.api.meetings.MeetingRequests.ReferralRequest;
import org.directivetracker.api.meetings.MeetingRequests.ScheduleRequest;
import org.directivetracker.api.pages.PageController;
import org.directivetracker.api.pages.PageWrites;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings as pages: the list with the schedule form, a meeting's page (agenda, attendance, conclusions, the
 * notice) and meeting mode, one commune at a time for the shared screen. The province writes; an auditor reads;
 * communes and departments are refused by the reads.
 */
@Controller
@PageController
public class MeetingPages {
    static final String ID = "{id:[\\w.-]{1,100}}";
    static final String CODE = "{code:\\d{5}}";

    private final MeetingReads reads;
    private final MeetingActions actions;
    private final MeetingNotices notices;
    private final PageWrites pageWrites;
    private final CommuneDirectory communes;
    private final DepartmentDirectory departments;

    public MeetingPages(MeetingReads reads, MeetingActions actions, MeetingNotices notices, PageWrites pageWrites,
                        CommuneDirectory communes, DepartmentDirectory departments) {
        this.reads = reads;
        this.actions = actions;
        this.notices = notices;
        this.pageWrites = pageWrites;
        this.communes = communes;
        this.departments = departments;
    }

    @GetMapping("/meetings")
    String list(Actor actor, Model model) {
        model.addAttribute("scheduleForm", new ScheduleForm());
        return listPage(actor, model);
    }

    @PostMapping("/meetings")
    String schedule(@ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Actor actor, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        String id = pageWrites.submit(errors, () -> actions.schedule(new ScheduleRequest(form.title,
                form.startsAt == null ? null : form.startsAt.atZone(ProvinceTime.ZONE).toInstant(),
                form.communes), actor, form.requestId(actor)));
        if (id == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(actor, model);
        }
        flash.addFlashAttribute("flash", "meetings.flash.scheduled");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/" + ID)
    String meeting(@PathVariable String id, Actor actor, Model model) {
        model.addAttribute("conclusionForm", new ConclusionForm());
        model.addAttribute("noticeForm", new NoticeForm());
        return meetingPage(id, actor, model);
    }

    @GetMapping("/meetings/" + ID + "/mode")
    String firstInMode(@PathVariable String id, Actor actor) {
        MeetingDetail meeting = reads.detail(id, actor);
        return "redirect:/meetings/" + id + "/mode/" + meeting.agenda().get(0).commune();
    }

    @GetMapping("/meetings/" + ID + "/mode/" + CODE)
    String mode(@PathVariable String id, @PathVariable String code, Actor actor, Model model) {
        model.addAttribute("conclusionForm", new ConclusionForm());
        model.addAttribute("attendanceForm", new AttendanceForm());
        return modePage(id, code, actor, model);
    }

    @PostMapping("/meetings/" + ID + "/attendance")
    String attendance(@PathVariable String id, @ModelAttribute("attendanceForm") AttendanceForm form, BindingResult errors,
                      Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        AttendanceRequest request = new AttendanceRequest(form.commune, form.present, form.representative);
        if (pageWrites.submit(errors, () -> {
            actions.recordAttendance(id, request, actor, form.requestId(actor));
            return Boolean.TRUE;
        }) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("conclusionForm", new ConclusionForm());
            return modePage(id, form.commune, actor, model);
        }
        flash.addFlashAttribute("flash", "meetings.flash.attendance");
        return "redirect:/meetings/" + id + "/mode/" + form.commune;
    }

    @PostMapping("/meetings/" + ID + "/conclusions")
    String conclusion(@PathVariable String id, @ModelAttribute("conclusionForm") ConclusionForm form, BindingResult errors,
                      @RequestParam(required = false) String back, Actor actor, Model model, RedirectAttributes flash,
                      HttpServletResponse response) {
        boolean fromMode = back != null && back.matches("\\d{5}");
        if (pageWrites.submit(errors, () -> actions.recordConclusion(id, requestOf(form), actor, form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (fromMode) {
                model.addAttribute("attendanceForm", new AttendanceForm());
                return modePage(id, back, actor, model);
            }
            model.addAttribute("noticeForm", new NoticeForm());
            return meetingPage(id, actor, model);
        }
        flash.addFlashAttribute("flash", "meetings.flash.conclusion");
        return "redirect:/meetings/" + id + (fromMode ? "/mode/" + back : "");
    }

    @PostMapping("/meetings/" + ID + "/notice")
    String notice(@PathVariable String id, @ModelAttribute("noticeForm") NoticeForm form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (pageWrites.submit(errors, () -> actions.issueNotice(id, new NoticeRequest(form.number), actor,
                form.requestId(actor))) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("conclusionForm", new ConclusionForm());
            return meetingPage(id, actor, model);
        }
        flash.addFlashAttribute("flash", "meetings.flash.notice");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/" + ID + "/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable String id, Actor actor) {
        return file(notices.pdf(id, actor), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/meetings/" + ID + "/notice.docx")
    ResponseEntity<byte[]> noticeDocx(@PathVariable String id, Actor actor) {
        return file(notices.docx(id, actor), MediaType.parseMediaType(MeetingController.DOCX_VALUE));
    }

    private static ResponseEntity<byte[]> file(MeetingNotices.NoticeFile file, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    private static ConclusionRequest requestOf(ConclusionForm form) {
        String directiveId = null;
        String obstacleId = null;
        if (form.about != null && !form.about.isBlank()) {
            String[] parts = form.about.split("/", 2);
            directiveId = parts[0];
            obstacleId = parts.length > 1 ? parts[1] : null;
        }
        NewDirectiveRequest newDirective = form.newDirective.isAsked() ? new NewDirectiveRequest(form.newDirective.title,
                blankTo(form.newDirective.description, form.text), form.newDirective.deadline, form.newDirective.communes) : null;
        ReferralRequest referral = form.referTo.isAsked() ? new ReferralRequest(form.referTo.department, form.referTo.answerBy) : null;
        return new ConclusionRequest(form.text, directiveId, blankTo(form.commune, null), obstacleId, newDirective, referral);
    }

    private static String blankTo(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("meetings", reads.list(actor));
        model.addAttribute("communes", communes.all());
        model.addAttribute("writable", MeetingReads.writes(actor));
        return "meetings/list";
    }

    private String meetingPage(String id, Actor actor, Model model) {
        MeetingDetail meeting = reads.detail(id, actor);
        model.addAttribute("meeting", meeting);
        model.addAttribute("communes", communes);
        model.addAttribute("writable", MeetingReads.writes(actor) && meeting.notice() == null);
        return "meetings/meeting";
    }

    private String modePage(String id, String code, Actor actor, Model model) {
        MeetingDetail meeting = reads.detail(id, actor);
        List<MeetingAgenda.Item> agenda = meeting.agenda();
        int position = 0;
        while (position < agenda.size() && !agenda.get(position).commune().equals(code)) {
            position++;
        }
        if (position == agenda.size()) {
            throw new UnknownMeetingException(id + " for " + code);
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", agenda.get(position));
        model.addAttribute("position", position + 1);
        model.addAttribute("previous", position > 0 ? agenda.get(position - 1).commune() : null);
        model.addAttribute("next", position + 1 < agenda.size() ? agenda.get(position + 1).commune() : null);
        model.addAttribute("attended", meeting.attendance().stream().filter(a -> a.commune().equals(code)).findFirst().orElse(null));
        model.addAttribute("concluded", meeting.conclusions().stream().filter(c -> code.equals(c.commune())).toList());
        model.addAttribute("communes", communes);
        model.addAttribute("allCommunes", communes.all());
        model.addAttribute("departments", departments.all());
        model.addAttribute("writable", MeetingReads.writes(actor) && meeting.notice() == null);
        return "meetings/mode";
    }
}
