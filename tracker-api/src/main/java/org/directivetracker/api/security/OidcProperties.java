package org.directivetracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens from an OpenID Connect provider ({@code tracker.security.oidc.*}), used when {@code issuerUri} is set.
 *
 * @param issuerUri    the provider's issuer; its keys are fetched from its discovery document on first use
 * @param roleClaim    the claim holding PROVINCE, COMMUNE, DEPARTMENT or AUDITOR
 * @param communeClaim the claim holding a commune account's 5-digit code
 * @param departmentClaim the claim holding a department account's code (e.g. SXD)
 * @param accountClaim the claim naming the account recorded in events
 */
@ConfigurationProperties("tracker.security.oidc")
public record OidcProperties(String issuerUri,
                             @DefaultValue("tracker_role") String roleClaim,
                             @DefaultValue("tracker_commune") String communeClaim,
                             @DefaultValue("preferred_username") String accountClaim,
                             @DefaultValue("tracker_department") String departmentClaim) {

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
