package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.value.InvalidValueException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.List;
import java.util.Locale;

/** Maps an identity provider's token to the same actor a local account has, from configurable claim names. */
public class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    private final OidcProperties oidc;

    public JwtActorConverter(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = actorOf(jwt);
        return new TokenAuthentication(new TokenPrincipal(actor), jwt);
    }

    Actor actorOf(Jwt jwt) {
        String account = jwt.getClaimAsString(oidc.accountClaim());
        if (account == null || account.isBlank()) {
            account = jwt.getSubject();
        }
        String roleClaim = jwt.getClaimAsString(oidc.roleClaim());
        if (account == null || roleClaim == null) {
            throw new InvalidBearerTokenException("the token names no account or no tracker role");
        }
        Role role;
        try {
            role = Role.valueOf(roleClaim.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token's tracker role is not one of PROVINCE, COMMUNE, DEPARTMENT, AUDITOR");
        }
        if (role == Role.DEPARTMENT) {
            try {
                return Actor.department(account, new DepartmentCode(jwt.getClaimAsString(oidc.departmentClaim())));
            } catch (InvalidValueException e) {
                throw new InvalidBearerTokenException("a department account's token must carry its department code");
            }
        }
        if (role != Role.COMMUNE) {
            return new Actor(account, role, null);
        }
        try {
            return Actor.commune(account, new CommuneCode(jwt.getClaimAsString(oidc.communeClaim())));
        } catch (InvalidValueException e) {
            throw new InvalidBearerTokenException("a commune account's token must carry its 5-digit commune code");
        }
    }

    record TokenPrincipal(Actor actor) implements TrackerPrincipal {
    }

    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final TokenPrincipal principal;
        private final transient Jwt token;

        TokenAuthentication(TokenPrincipal principal, Jwt token) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.actor().role().name())));
            this.principal = principal;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.actor().account();
        }
    }
}
