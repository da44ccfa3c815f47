package org.directivetracker.api.obstacles;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.security.DepartmentReads;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.web.InputText;
import org.directivetracker.api.web.QueryBounds;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The obstacle register as of the end of {@code asOf} (default today): open ones first, longest open first. Every
 * filter is optional; {@code directive} keeps one directive's. A commune account sees its own commune's obstacles
 * only, whatever {@code commune} it asks; a department account those referred to its department, and 403 when it asks
 * for another department's.
 */
@RestController
@RequestMapping("/api/obstacles")
public class ObstacleViewController {

    private final ViewQueries views;
    private final ObstacleCategoryProperties categories;

    public ObstacleViewController(ViewQueries views, ObstacleCategoryProperties categories) {
        this.views = views;
        this.categories = categories;
    }

    /** The register filters by the categories offered today; old obstacles of others are found by their commune. */
    private String configured(String category) {
        String code = new ObstacleCategory(category).code();
        if (!categories.codes().contains(code)) {
            throw new InvalidValueException("category", code + " is not one of the province's obstacle categories: "
                    + String.join(", ", categories.codes()));
        }
        return code;
    }

    @GetMapping
    public List<ObstacleEntry> register(@RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String category, @RequestParam(required = false) String commune,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) WaitingOn waitingOn, @RequestParam(required = false) String department,
            @RequestParam(required = false) String directive, Actor actor) {
        String categoryFilter = InputText.orNull(category) == null ? null : configured(category);
        FindObstacles query = new FindObstacles(open, categoryFilter, ReadAccess.communeFilter(actor, commune),
                QueryBounds.date("asOf", asOf), waitingOn, DepartmentReads.departmentFilter(actor, department),
                InputText.orNull(directive));
        return views.ask(query, ResponseTypes.multipleInstancesOf(ObstacleEntry.class));
    }
}
