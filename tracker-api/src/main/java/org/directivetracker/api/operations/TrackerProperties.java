package org.directivetracker.api.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * The service's own settings ({@code tracker.*}); storage settings ({@code tracker.mongo.uri}, {@code tracker.data-dir})
 * belong to the storage configuration.
 *
 * @param demo     start with the demo province: accounts, communes and a realistic history
 * @param communes where the province's communes come from
 * @param http     limits of the HTTP interface
 * @param accounts local accounts (BCrypt hashes, never plain passwords)
 * @param security external identity provider settings
 */
@ConfigurationProperties("tracker")
public record TrackerProperties(
        @DefaultValue("false") boolean demo,
        @DefaultValue Communes communes,
        @DefaultValue Http http,
        List<Account> accounts,
        @DefaultValue Security security) {

    public TrackerProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** @param csv the registry file, header {@code code,name,type,name_ascii}; another province points it elsewhere */
    public record Communes(@DefaultValue("classpath:ca-mau-communes.csv") Resource csv) {
    }

    /** @param maxBodySize requests with a larger body are refused before they are parsed */
    public record Http(@DefaultValue("128KB") DataSize maxBodySize) {
    }

    /**
     * A local account.
     *
     * @param name         the account name, as recorded in events
     * @param passwordHash a BCrypt hash ({@code $2a$...}, {@code $2b$...} or {@code $2y$...})
     * @param role         PROVINCE, COMMUNE or AUDITOR
     * @param commune      the 5-digit commune code, for a COMMUNE account only
     */
    public record Account(String name, String passwordHash, String role, String commune) {
    }

    public record Security(@DefaultValue Oidc oidc) {
    }

    /**
     * Bearer tokens from an OpenID Connect provider, used when {@code issuerUri} is set.
     *
     * @param issuerUri    the provider's issuer; its keys are fetched from its discovery document on first use
     * @param roleClaim    the claim holding PROVINCE, COMMUNE or AUDITOR
     * @param communeClaim the claim holding a commune account's 5-digit code
     * @param accountClaim the claim naming the account recorded in events
     */
    public record Oidc(String issuerUri,
                       @DefaultValue("tracker_role") String roleClaim,
                       @DefaultValue("tracker_commune") String communeClaim,
                       @DefaultValue("preferred_username") String accountClaim) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
