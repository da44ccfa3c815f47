package org.directivetracker.api.pages;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.directives.DirectivePaths;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.CommuneRegistryEntry;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.FindPreviousMeeting;
import org.directivetracker.core.api.query.InboxView;
import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.api.obstacles.ObstacleCategoryProperties;
import org.directivetracker.api.web.InputText;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The leader's reading pages: dashboard, directive list and page, obstacle register, meeting briefing. */
@Controller
@RequestMapping("/province")
public class ProvincePages {
    static final String DIRECTIVE_ID = DirectivePaths.DIRECTIVE_ID;
    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private final ViewQueries views;
    private final Clock clock;
    private final PageReads reads;
    private final CommuneDirectory communes;
    private final ObstacleCategoryProperties categories;

    public ProvincePages(ViewQueries views, PageReads reads, CommuneDirectory communes, ObstacleCategoryProperties categories,
                         ObjectProvider<Clock> clock) {
        this.views = views;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.reads = reads;
        this.communes = communes;
        this.categories = categories;
    }

    /** One commune's bar in the dashboard's chart. */
    public record CommuneRates(String code, String name, int assigned, int completed, int completedOnTime, int overdue,
                               int completionRate, int onTimeRate) {
        static CommuneRates of(CommuneRegistryEntry entry) {
            Map<Timeliness, Integer> counts = entry.counts();
            int assigned = counts.values().stream().mapToInt(Integer::intValue).sum();
            int onTime = counts.getOrDefault(Timeliness.COMPLETED_ON_TIME, 0);
            int completed = onTime + counts.getOrDefault(Timeliness.COMPLETED_LATE, 0);
            return new CommuneRates(entry.code(), entry.name(), assigned, completed, onTime,
                    counts.getOrDefault(Timeliness.OVERDUE, 0), rate(completed, assigned), rate(onTime, assigned));
        }

        private static int rate(int part, int whole) {
            return whole == 0 ? 0 : Math.round(100f * part / whole);
        }
    }

    @GetMapping
    String dashboard(Model model) {
        List<CommuneRegistryEntry> registry = views.ask(new FindCommuneRegistry(null, null),
                ResponseTypes.multipleInstancesOf(CommuneRegistryEntry.class));
        Map<Timeliness, Integer> totals = new EnumMap<>(Timeliness.class);
        for (Timeliness timeliness : Timeliness.values()) {
            totals.put(timeliness, 0);
        }
        registry.forEach(entry -> entry.counts().forEach((timeliness, count) -> totals.merge(timeliness, count, Integer::sum)));
        List<CommuneRates> rates = registry.stream().map(CommuneRates::of)
                .filter(commune -> commune.assigned() > 0)
                // a ranking: best completion first, then fewest overdue; the laggards end the chart
                .sorted(Comparator.comparingInt(CommuneRates::completionRate).thenComparingInt(CommuneRates::onTimeRate).reversed()
                        .thenComparingInt(CommuneRates::overdue).thenComparing(DashboardRows.byVietnameseName(CommuneRates::name)))
                .toList();
        model.addAttribute("totals", totals);
        model.addAttribute("completed", totals.get(Timeliness.COMPLETED_ON_TIME) + totals.get(Timeliness.COMPLETED_LATE));
        model.addAttribute("rates", rates);
        List<DirectiveSummary> directives = views.ask(new FindDirectives(null, null, null, null, null),
                ResponseTypes.multipleInstancesOf(DirectiveSummary.class));
        model.addAttribute("openObstacles", views.ask(new FindObstacles(true, null, null, null),
                ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).size());
        model.addAttribute("firstScreen", firstScreen(directives));
        return "province/dashboard";
    }

    /** Every active directive, what to raise first on top; pending decisions counted from the province's inbox. */
    private DashboardRows.FirstScreen firstScreen(List<DirectiveSummary> directives) {
        Map<String, Integer> pending = new HashMap<>();
        views.ask(new FindInbox(Role.PROVINCE, null, null), ResponseTypes.instanceOf(InboxView.class)).items()
                .forEach(item -> pending.merge(item.directiveId(), 1, Integer::sum));
        return DashboardRows.of(directives, pending, LocalDate.now(ProvinceTime.ZONE));
    }

    @GetMapping("/directives")
    String directives(@RequestParam(required = false) String commune, @RequestParam(required = false) Timeliness timeliness,
                      @RequestParam(required = false) Stage stage, @RequestParam(required = false) String search, Model model) {
        String communeFilter = InputText.orNull(commune);
        List<DirectiveSummary> directives = views.ask(new FindDirectives(communeFilter, timeliness, stage, InputText.orNull(search), null),
                ResponseTypes.multipleInstancesOf(DirectiveSummary.class));
        model.addAttribute("directives", directives);
        model.addAttribute("communes", communes.all());
        model.addAttribute("timelinessValues", Timeliness.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("filter", new Filter(communeFilter, timeliness, stage, search));
        return "province/directives";
    }

    /** The list's filters, echoed back into its form. */
    public record Filter(String commune, Timeliness timeliness, Stage stage, String search) {
    }

    @GetMapping("/directives/" + DIRECTIVE_ID)
    String directive(@PathVariable String id, Model model) {
        model.addAttribute("directive", reads.directive(id));
        model.addAttribute("obstacles", reads.openObstacles(id, null));
        model.addAttribute("pendingDecisions", views.ask(new FindInbox(Role.PROVINCE, null, null, id, 0),
                ResponseTypes.instanceOf(InboxView.class)).total());
        return "province/directive";
    }

    @GetMapping("/obstacles")
    String obstacles(@RequestParam(required = false) String category, @RequestParam(required = false) String commune,
                     @RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) WaitingOn waitingOn,
                     @RequestParam(required = false) String department, Model model) {
        String communeFilter = InputText.orNull(commune);
        String departmentFilter = InputText.orNull(department);
        String categoryFilter = InputText.orNull(category) == null ? null : new ObstacleCategory(category).code();
        List<ObstacleEntry> obstacles = views.ask(
                new FindObstacles(open, categoryFilter, communeFilter, null, waitingOn, departmentFilter),
                ResponseTypes.multipleInstancesOf(ObstacleEntry.class));
        model.addAttribute("obstacles", obstacles);
        model.addAttribute("waitingOn", waitingOn);
        model.addAttribute("waitingOns", WaitingOn.values());
        model.addAttribute("department", departmentFilter);
        model.addAttribute("categories", categories.codes());
        model.addAttribute("communes", communes.all());
        model.addAttribute("category", categoryFilter);
        model.addAttribute("commune", communeFilter);
        model.addAttribute("open", open);
        return "province/obstacles";
    }

    /** Rows per list on the briefing page: a meeting reads the first ones; the CSV file has every row. */
    static final int BRIEFING_PAGE_ROWS = 100;

    @GetMapping("/briefing")
    String briefing(@RequestParam(required = false) @PageDay LocalDate date,
                    @RequestParam(required = false) @PageDay LocalDate since, Model model) {
        model.addAttribute("briefing", views.ask(new FindBriefing(date, sinceOrPreviousMeeting(date, since), BRIEFING_PAGE_ROWS),
                ResponseTypes.instanceOf(Briefing.class)));
        model.addAttribute("briefingRows", BRIEFING_PAGE_ROWS);
        return "province/briefing";
    }

    /** The same CSV file the REST API gives (the briefing's message converter writes it), on the page's session. */
    @GetMapping("/briefing.csv")
    ResponseEntity<Briefing> briefingCsv(@RequestParam(required = false) @PageDay LocalDate date,
                                         @RequestParam(required = false) @PageDay LocalDate since) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .body(views.ask(new FindBriefing(date, sinceOrPreviousMeeting(date, since)), ResponseTypes.instanceOf(Briefing.class)));
    }

    /** As the REST briefing: changes count from the day the previous meeting started, unless the leader chose a day. */
    private LocalDate sinceOrPreviousMeeting(LocalDate date, LocalDate since) {
        if (since != null) {
            return since;
        }
        Instant now = clock.instant();
        LocalDate day = date != null ? date : ProvinceTime.dateOf(now);
        return views.ask(FindPreviousMeeting.asOf(day, now), ResponseTypes.optionalInstanceOf(MeetingView.class))
                .map(meeting -> ProvinceTime.dateOf(meeting.startsAt())).orElse(null);
    }
}
