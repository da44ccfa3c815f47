package org.directivetracker.api.directives;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.security.DepartmentReads;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.web.QueryBounds;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.domain.NotPermittedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Directive lists and one directive's progress, timeliness judged as of {@code asOf} (default today in the province).
 *
 * <p>A commune account's list holds only the directives assigned to its commune, each with its own row alone,
 * whatever {@code commune} it asks. A directive's progress is shown to a commune account only when the directive is
 * assigned to its commune (403 otherwise), and then with its own row alone and the roll-up of that row: the other
 * communes' percentages, report times, pending extensions and obstacles are theirs, as on every other path. A
 * department account reads a directive only when one of its obstacles is referred to that department.
 */
@RestController
@RequestMapping("/api/directives")
public class DirectiveViewController {

    private final ViewQueries views;
    private final DepartmentReads departments;

    public DirectiveViewController(ViewQueries views, DepartmentReads departments) {
        this.views = views;
        this.departments = departments;
    }

    @GetMapping
    public List<DirectiveSummary> list(@RequestParam(required = false) String commune,
            @RequestParam(required = false) Timeliness timeliness, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Actor actor) {
        FindDirectives query = new FindDirectives(ReadAccess.communeFilter(actor, commune), timeliness, stage, search,
                QueryBounds.date("asOf", asOf));
        return views.ask(query, ResponseTypes.multipleInstancesOf(DirectiveSummary.class));
    }

    @GetMapping("/" + DirectivePaths.DIRECTIVE_ID)
    public DirectiveProgressView progress(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Actor actor) {
        departments.requireFollows(actor, id);
        DirectiveProgressView progress = views.ask(new FindDirectiveProgress(id, QueryBounds.date("asOf", asOf)),
                        ResponseTypes.optionalInstanceOf(DirectiveProgressView.class))
                .orElseThrow(() -> new ViewNotFoundException("there is no directive " + id));
        if (actor.role() == Role.COMMUNE
                && progress.communes().stream().noneMatch(row -> row.code().equals(actor.commune().value()))) {
            throw new NotPermittedException("directive " + id + " is not assigned to commune " + actor.commune()
                    + "; a commune account reads the directives assigned to it");
        }
        return actor.role() == Role.COMMUNE ? progress.narrowedTo(actor.commune().value()) : progress;
    }
}
