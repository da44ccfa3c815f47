package org.directivetracker.api.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The province this service runs for ({@code tracker.demo}, {@code tracker.communes.*}). Every other concern has its
 * own settings: HTTP limits ({@code tracker.http}), accounts and the identity provider ({@code tracker.accounts},
 * {@code tracker.security.oidc}), the pages ({@code tracker.pages}), storage ({@code tracker.mongo.uri},
 * {@code tracker.data-dir}, {@code tracker.store}).
 *
 * @param demo     start with the demo province: accounts, communes and a realistic history
 * @param communes    where the province's communes come from
 * @param departments where the province's departments come from
 */
@ConfigurationProperties("tracker")
public record TrackerProperties(
        @DefaultValue("false") boolean demo,
        @DefaultValue Communes communes,
        @DefaultValue Departments departments) {

    /** @param csv the registry file, header {@code code,name,type,name_ascii}; another province points it elsewhere */
    public record Communes(@DefaultValue("classpath:ca-mau-communes.csv") Resource csv) {
    }

    /** @param csv the departments' file, header {@code code,name,name_ascii}; another province points it elsewhere */
    public record Departments(@DefaultValue("classpath:ca-mau-departments.csv") Resource csv) {
    }
}
