package org.directivetracker.api.support;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.AnswerObstacle;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReferObstacle;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** Brings a fresh directive into the state a test needs, through the same commands users send. */
public final class Given {
    public static final Actor LEADER = Actor.province("leader");
    private final CommandGateway gateway;

    public Given(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public static Actor chair(String code) {
        return Actor.commune("chair-" + code, new CommuneCode(code));
    }

    public static LocalDate inDays(int days) {
        return LocalDate.now(ProvinceTime.ZONE).plusDays(days);
    }

    /** A directive issued to the given communes, due in 20 days. */
    public String issued(String... communes) {
        String id = UUID.randomUUID().toString();
        send(new IssueDirective(id, new Title("Số hóa hồ sơ thủ tục hành chính"), new Description("Thực hiện Công văn số 1456/UBND-KSTT."),
                "Công văn số 1456/UBND-KSTT", "Chuyển đổi số", Priority.NORMAL, new Deadline(inDays(20)),
                Arrays.stream(communes).map(CommuneCode::new).toList(), LEADER, UUID.randomUUID().toString()));
        return id;
    }

    public String acknowledged(String code) {
        String id = issued(code);
        send(new AcknowledgeDirective(id, new CommuneCode(code), chair(code), UUID.randomUUID().toString()));
        return id;
    }

    public void withdraw(String id) {
        send(new WithdrawDirective(id, new Note("Lồng ghép vào kế hoạch khác"), LEADER, UUID.randomUUID().toString()));
    }

    public String raiseObstacle(String id, String code) {
        String obstacleId = UUID.randomUUID().toString();
        send(new RaiseObstacle(id, new CommuneCode(code), obstacleId, new ObstacleCategory("EQUIPMENT"),
                new Description("Máy scan hư hỏng"), chair(code), UUID.randomUUID().toString()));
        return obstacleId;
    }

    public void referObstacle(String id, String code, String obstacleId, String department) {
        send(new ReferObstacle(id, new CommuneCode(code), obstacleId, new DepartmentCode(department), inDays(10),
                new Note("Đề nghị Sở hướng dẫn"), LEADER, UUID.randomUUID().toString()));
    }

    public void answerObstacle(String id, String code, String obstacleId, String department) {
        send(new AnswerObstacle(id, new CommuneCode(code), obstacleId, new Note("Sở đã có hướng dẫn"),
                Actor.department("dept-" + department, new DepartmentCode(department)), UUID.randomUUID().toString()));
    }

    public void requestExtension(String id, String code) {
        send(new RequestExtension(id, new CommuneCode(code), new Deadline(inDays(40)), new Note("Thiếu nhân sự"), chair(code),
                UUID.randomUUID().toString()));
    }

    public void submitCompletion(String id, String code) {
        send(new SubmitCompletion(id, new CommuneCode(code), new Note("Đã hoàn thành"), chair(code), UUID.randomUUID().toString()));
    }

    public void send(DirectiveCommand command) {
        gateway.sendAndWait(command, Commands.metadataOf(command.actor(), command.requestId()));
    }
}
