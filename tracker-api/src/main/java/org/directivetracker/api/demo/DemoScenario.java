package org.directivetracker.api.demo;

import org.directivetracker.api.security.DemoAccounts;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.GrantExtension;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.command.ReturnCompletion;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;
import org.directivetracker.api.demo.ScenarioData.PlannedDirective;
import org.directivetracker.api.demo.ScenarioData.Special;
import org.directivetracker.api.demo.ScenarioData.Texts;
import org.directivetracker.projections.communes.Commune;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo province's history: the directives of a scenario file (two dozen drawn from the province's real concerns
 * in the shipped one), and what the communes did about them over the past six weeks. Days are relative to the day the demo is first loaded (some deadlines passed,
 * some due in a day or two); everything else (which communes, which steps, every id and request id) is fixed by seeds,
 * so a second load sends the same commands with the same request ids and the directives add no event.
 */
public final class DemoScenario {
    /** A command and the moment it is backdated to. */
    public record Step(Instant at, DirectiveCommand command) {
    }

    private static final Actor LEADER = Actor.province(DemoAccounts.LEADER);

    private final Texts texts;
    private final List<Commune> communes;
    private final List<String> categories;
    private final LocalDate today;
    private final List<Step> steps = new ArrayList<>();
    private int obstacleRound;

    private DemoScenario(Texts texts, List<Commune> communes, List<String> categories, LocalDate today) {
        this.texts = texts;
        this.communes = communes;
        this.categories = categories;
        this.today = today;
    }

    /**
     * Every step in time order, the last one yesterday. Obstacles take the configured categories in turn, those the
     * scenario has a text for.
     */
    public static List<Step> steps(ScenarioData data, List<Commune> communes, List<String> configuredCategories, LocalDate today) {
        List<String> categories = configuredCategories.stream().filter(data.texts().obstacles()::containsKey).toList();
        if (categories.isEmpty()) {
            throw new IllegalStateException("the demo scenario has a text for none of the configured obstacle categories "
                    + configuredCategories);
        }
        DemoScenario scenario = new DemoScenario(data.texts(), communes, categories, today);
        List<PlannedDirective> plans = data.directives();
        for (int i = 0; i < plans.size(); i++) {
            scenario.directive(i + 1, plans.get(i));
        }
        scenario.steps.sort(Comparator.comparing(Step::at));
        return List.copyOf(scenario.steps);
    }

    public static String directiveId(int number) {
        return String.format("demo-%02d", number);
    }

    private void directive(int number, PlannedDirective plan) {
        String id = directiveId(number);
        Random random = new Random(7919L * number);
        List<Commune> shuffled = new ArrayList<>(communes);
        Collections.shuffle(shuffled, random);
        List<Commune> assigned = shuffled.subList(0, Math.min(plan.communes(), shuffled.size()));
        StepClock clock = new StepClock(id, today);

        Instant issuedAt = clock.at(plan.issuedDay(), 8, 0);
        add(issuedAt, new IssueDirective(id, new Title(plan.title()), new Description(plan.description()), plan.reference(),
                plan.field(), plan.priority(), deadline(plan.deadlineDay()), codes(assigned), LEADER, requestId(id, "issue")));

        int lastDay = -1;
        int deadlineDay = plan.deadlineDay();
        boolean extensions = true;
        List<Commune> storylines = new ArrayList<>(assigned);
        switch (plan.special()) {
            case WITHDRAWN -> {
                int withdrawnDay = plan.issuedDay() + 9;
                add(clock.at(withdrawnDay, 16, 0), new WithdrawDirective(id, new Note(texts.withdrawal()), LEADER, requestId(id, "withdraw")));
                lastDay = withdrawnDay - 1;
            }
            case DEADLINE_CHANGED -> {
                int changedDay = plan.issuedDay() + 6;
                deadlineDay = plan.deadlineDay() + 7;
                add(clock.at(changedDay, 15, 0), new ChangeDeadline(id, deadline(deadlineDay), new Note(texts.deadlineChange()), LEADER, requestId(id, "deadline")));
                extensions = false;
            }
            case COMMUNES_ADDED -> {
                List<Commune> added = shuffled.subList(plan.communes(), Math.min(plan.communes() + 3, shuffled.size()));
                if (!added.isEmpty()) {
                    add(clock.at(plan.issuedDay() + 4, 9, 0), new AssignCommunes(id, codes(added), LEADER, requestId(id, "assign")));
                    storylines.addAll(added);
                }
            }
            default -> {
            }
        }

        boolean closing = plan.special() == Special.CLOSED;
        int closeDay = -3;
        for (Commune commune : storylines) {
            int start = plan.issuedDay() + (assigned.contains(commune) ? 0 : 4);
            CommuneStory story = new CommuneStory(id, commune, clock, new Random(random.nextLong()));
            if (closing) {
                story.completeBy(start, closeDay - 1);
            } else {
                story.play(start, lastDay, deadlineDay, extensions && plan.special() != Special.WITHDRAWN);
            }
        }
        if (closing) {
            add(clock.at(closeDay, 17, 0), new CloseDirective(id, new Note(texts.closing()), LEADER, requestId(id, "close")));
        }
    }

    /** One commune's part: acknowledge, report, meet obstacles, ask for time, submit, get accepted or returned. */
    private final class CommuneStory {
        private final String id;
        private final Commune commune;
        private final CommuneCode code;
        private final Actor chair;
        private final StepClock clock;
        private final Random random;
        private int day;
        private int sequence;

        CommuneStory(String id, Commune commune, StepClock clock, Random random) {
            this.id = id;
            this.commune = commune;
            this.chair = DemoAccounts.chairOf(commune);
            this.code = chair.commune();
            this.clock = clock;
            this.random = random;
        }

        void play(int start, int lastDay, int deadlineDay, boolean extensions) {
            day = start;
            if (random.nextInt(100) < 12 || !advance(0, 2, lastDay)) {
                return; // this commune has not reacted yet
            }
            acknowledge();
            int percent = 0;
            int reports = random.nextInt(4);
            boolean obstacle = random.nextInt(100) < 35;
            for (int r = 0; r < reports; r++) {
                if (!advance(1, 5, lastDay)) {
                    return;
                }
                percent = Math.min(90, percent + 15 + random.nextInt(30));
                progress(percent);
                if (obstacle && r == 0) {
                    obstacle = false;
                    if (!advance(0, 2, lastDay)) {
                        return;
                    }
                    String category = categories.get(obstacleRound % categories.size());
                    String obstacleId = raiseObstacle();
                    if (random.nextBoolean() && advance(1, 6, lastDay)) {
                        resolve(obstacleId, random.nextBoolean());
                    } else {
                        referral(obstacleId, category, lastDay);
                    }
                }
            }
            if (extensions && random.nextInt(100) < 22) {
                if (!advance(1, 3, lastDay)) {
                    return;
                }
                int proposed = deadlineDay + 7 + random.nextInt(10);
                requestExtension(proposed);
                int answer = random.nextInt(10);
                if (answer < 7 && advance(1, 3, lastDay)) {
                    if (answer < 5) {
                        grant();
                    } else {
                        deny();
                    }
                } else {
                    return; // the request is still open
                }
            }
            if (random.nextInt(100) < 45 && advance(1, 6, lastDay)) {
                submit();
                int outcome = random.nextInt(10);
                if (outcome < 6 && advance(1, 3, lastDay)) {
                    accept();
                } else if (outcome < 9 && advance(1, 3, lastDay)) {
                    returnCompletion();
                    if (random.nextBoolean() && advance(2, 5, lastDay)) {
                        progress(100);
                        submit();
                        if (random.nextBoolean() && advance(1, 2, lastDay)) {
                            accept();
                        }
                    }
                }
            }
        }

        /** For a directive that is closed: everything done and accepted before the close. */
        void completeBy(int start, int lastDay) {
            day = start;
            acknowledge();
            day = Math.min(day + 1 + random.nextInt(3), lastDay);
            progress(50 + random.nextInt(30));
            day = Math.min(day + 2 + random.nextInt(3), lastDay);
            submit();
            day = Math.min(day + 1, lastDay);
            accept();
        }

        private boolean advance(int min, int max, int lastDay) {
            int next = day + min + random.nextInt(max - min + 1);
            if (next > lastDay) {
                return false;
            }
            day = next;
            return true;
        }

        private Instant now(boolean province) {
            return clock.at(day, province ? 14 : 9, 0);
        }

        private String request(String what) {
            return requestId(id, code.value() + ":" + (++sequence) + ":" + what);
        }

        private void acknowledge() {
            add(now(false), new AcknowledgeDirective(id, code, chair, request("acknowledge")));
        }

        private void progress(int percent) {
            add(now(false), new ReportProgress(id, code, new Percent(percent), new Note(
                    texts.progressNote(random.nextInt(texts.progressNotes().size()), commune.name(), percent)), chair, request("progress")));
        }

        private String raiseObstacle() {
            String category = categories.get(obstacleRound++ % categories.size());
            String obstacleId = nameId("obstacle:" + id + ":" + code.value() + ":" + sequence);
            add(now(false), new RaiseObstacle(id, code, obstacleId, new ObstacleCategory(category),
                    new Description(texts.obstacles().get(category)), chair,
                    request("obstacle")));
            return obstacleId;
        }

        private void resolve(String obstacleId, boolean byProvince) {
            add(now(byProvince), new ResolveObstacle(id, code, obstacleId, new Note(byProvince
                    ? texts.resolvedByProvince() : texts.resolvedByCommune()),
                    byProvince ? LEADER : chair, request("resolve")));
        }

        /** An obstacle the commune could not remove: its referral, answer and escalation, if any (see {@link DemoReferrals}). */
        private void referral(String obstacleId, String category, int lastDay) {
            for (DemoReferrals.Planned step : DemoReferrals.of(id, code, chair, obstacleId, category, day, lastDay,
                    texts.referrals(), today, what -> requestId(id, code.value() + ":" + obstacleId + ":" + what))) {
                add(clock.at(step.day(), step.hour(), step.minute()), step.command());
            }
        }

        private void requestExtension(int proposedDay) {
            add(now(false), new RequestExtension(id, code, deadline(proposedDay), new Note(texts.extensionReason()), chair, request("extension")));
        }

        private void grant() {
            add(now(true), new GrantExtension(id, code, null, new Note(texts.extensionGranted()), LEADER, request("grant")));
        }

        private void deny() {
            add(now(true), new DenyExtension(id, code, new Note(texts.extensionDenied()), LEADER, request("deny")));
        }

        private void submit() {
            add(now(false), new SubmitCompletion(id, code, new Note(texts.completionBy(commune.name())), chair, request("submit")));
        }

        private void accept() {
            add(now(true), new AcceptCompletion(id, code, new Note(texts.completionAccepted()), LEADER, request("accept")));
        }

        private void returnCompletion() {
            add(now(true), new ReturnCompletion(id, code, new Note(texts.completionReturned()), LEADER, request("return")));
        }
    }

    /** Moments on the scenario's days, in province time, distinct and increasing within a directive. */
    private static final class StepClock {
        private final LocalDate today;
        private final int offsetSeconds;
        private int tick;

        StepClock(String directiveId, LocalDate today) {
            this.today = today;
            this.offsetSeconds = Math.floorMod(directiveId.hashCode(), 1800);
        }

        Instant at(int day, int hour, int minute) {
            // seconds apart, so the steps of one directive on one day keep their order when sorted
            return today.plusDays(day).atTime(hour, minute).atZone(ProvinceTime.ZONE).toInstant()
                    .plusSeconds(offsetSeconds + (long) tick++);
        }
    }

    private void add(Instant at, DirectiveCommand command) {
        steps.add(new Step(at, command));
    }

    private Deadline deadline(int day) {
        return new Deadline(today.plusDays(day));
    }

    private static List<CommuneCode> codes(List<Commune> communes) {
        return communes.stream().map(commune -> new CommuneCode(commune.code())).toList();
    }

    private static String requestId(String directiveId, String what) {
        return nameId("request:" + directiveId + ":" + what);
    }

    private static String nameId(String name) {
        return UUID.nameUUIDFromBytes(("demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
