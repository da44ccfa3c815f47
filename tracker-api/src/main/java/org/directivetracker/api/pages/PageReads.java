package org.directivetracker.api.pages;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.springframework.stereotype.Component;

import java.util.List;

/** What the province's and the communes' pages read about one directive; what does not exist is the 404 page. */
@Component
class PageReads {
    private final ViewQueries views;

    PageReads(ViewQueries views) {
        this.views = views;
    }

    DirectiveProgressView directive(String id) {
        return views.ask(new FindDirectiveProgress(id, null), ResponseTypes.optionalInstanceOf(DirectiveProgressView.class))
                .orElseThrow(() -> new PageNotFoundException(id));
    }

    /** The commune's row of the directive; a directive not assigned to the commune is not found. */
    static CommuneProgressRow row(DirectiveProgressView directive, String code) {
        return directive.communes().stream().filter(row -> row.code().equals(code)).findFirst()
                .orElseThrow(() -> new PageNotFoundException(directive.id() + " for " + code));
    }

    /** The directive's open obstacles, of one commune or (code null) of all. */
    List<ObstacleEntry> openObstacles(String id, String code) {
        return views.ask(FindObstacles.ofDirective(id, code, true), ResponseTypes.multipleInstancesOf(ObstacleEntry.class));
    }
}
