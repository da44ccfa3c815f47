package org.directivetracker.api.demo;

import org.directivetracker.api.demo.ScenarioData.Referrals;
import org.directivetracker.api.security.DemoAccounts;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AnswerObstacle;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.EscalateObstacle;
import org.directivetracker.core.api.command.ReferObstacle;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * What happens in the demo to an obstacle a commune could not remove itself: most go to the department of its
 * category with a date to answer by; some are answered, some answers do not help and the commune escalates, some
 * answers are late. Drawn from the obstacle's own seed, with request ids of their own, so that the rest of the
 * commune's story (and a demo loaded before referrals existed) stays as it was.
 */
final class DemoReferrals {
    private static final Actor LEADER = Actor.province(DemoAccounts.LEADER);

    /** A command on a scenario day (relative to the load day), at an hour of that day. */
    record Planned(int day, int hour, int minute, DirectiveCommand command) {
    }

    private DemoReferrals() {
    }

    static List<Planned> of(String directiveId, CommuneCode commune, Actor chair, String obstacleId,
                            String category, int raisedDay, int lastDay, Referrals texts, LocalDate today,
                            UnaryOperator<String> requestId) {
        List<Planned> steps = new ArrayList<>();
        Random draw = new Random(obstacleId.hashCode());
        int referredDay = raisedDay + 1 + draw.nextInt(3);
        if (draw.nextInt(100) >= 70 || referredDay > lastDay) {
            return steps; // still waiting on the province
        }
        Actor department = DemoAccounts.departmentOf(texts.departments().get(category));
        steps.add(new Planned(referredDay, 15, 0, new ReferObstacle(directiveId, commune, obstacleId, department.department(),
                today.plusDays(referredDay + 7 + draw.nextInt(8)), new Note(texts.note()), LEADER, requestId.apply("refer"))));
        int answeredDay = referredDay + 2 + draw.nextInt(12);
        if (draw.nextInt(100) >= 55 || answeredDay > lastDay) {
            return steps; // still waiting on the department, overdue once its date has passed
        }
        steps.add(new Planned(answeredDay, 10, 0, new AnswerObstacle(directiveId, commune, obstacleId,
                new Note(texts.answer()), department, requestId.apply("answer"))));
        int escalatedDay = answeredDay + 1 + draw.nextInt(3);
        if (draw.nextInt(100) < 40 && escalatedDay <= lastDay) {
            steps.add(new Planned(escalatedDay, 9, 30, new EscalateObstacle(directiveId, commune, obstacleId,
                    new Note(texts.escalation()), chair, requestId.apply("escalate"))));
        }
        return steps;
    }
}
