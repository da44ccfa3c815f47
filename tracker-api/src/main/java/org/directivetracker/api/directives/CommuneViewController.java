package org.directivetracker.api.directives;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.api.readmodels.ViewQueries;
import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.web.QueryBounds;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.CommuneRegistryEntry;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry with counts per timeliness, and one commune's status. Timeliness is judged as of {@code asOf}
 * ({@code YYYY-MM-DD}, default today in the province). A commune account reads its own commune only: the registry
 * lists its own entry, another commune's status is refused (403). {@code limit} lists only the status's most urgent
 * assignments (its counts and {@code total} stay whole); without it every assignment comes. {@code directive} lists only
 * that directive's assignment (none when it does not assign the commune), with the same counts: the row a chair just
 * reported on, which a phone can refresh without the commune's whole list.
 */
@RestController
@RequestMapping("/api/communes")
public class CommuneViewController {

    private final ViewQueries views;

    public CommuneViewController(ViewQueries views) {
        this.views = views;
    }

    @GetMapping
    public List<CommuneRegistryEntry> registry(@RequestParam(required = false) String search,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Actor actor) {
        List<CommuneRegistryEntry> registry = views.ask(new FindCommuneRegistry(QueryBounds.date("asOf", asOf), search),
                ResponseTypes.multipleInstancesOf(CommuneRegistryEntry.class));
        if (actor.role() == Role.COMMUNE) {
            return registry.stream().filter(entry -> entry.code().equals(actor.commune().value())).toList();
        }
        return registry;
    }

    @GetMapping("/{code}/status")
    public CommuneStatusView status(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String directive, Actor actor) {
        ReadAccess.requireMayReadCommune(actor, code);
        QueryBounds.rows("limit", limit);
        CommuneStatusView status = views.ask(new FindCommuneStatus(code, QueryBounds.date("asOf", asOf), limit, directive),
                ResponseTypes.instanceOf(CommuneStatusView.class));
        if (status == null) {
            throw new ViewNotFoundException("there is no commune " + code + " in the province's registry");
        }
        return status;
    }
}
