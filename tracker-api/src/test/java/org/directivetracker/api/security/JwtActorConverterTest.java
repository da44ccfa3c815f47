package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.DepartmentCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tokens from the province's identity provider become the same actors as local accounts. */
class JwtActorConverterTest {
    private final JwtActorConverter converter = new JwtActorConverter(
            new OidcProperties("https://sso.camau.gov.vn/realms/tracker", "tracker_role", "tracker_commune", "preferred_username", "tracker_department"));

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("3f2a")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void aCommuneChairsTokenBecomesACommuneActor() {
        AbstractAuthenticationToken authentication = converter.convert(
                token(Map.of("preferred_username", "chutich.langtron", "tracker_role", "commune", "tracker_commune", "31951")));

        assertThat(Actors.of(authentication)).contains(Actor.commune("chutich.langtron", new CommuneCode("31951")));
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_COMMUNE");
        assertThat(authentication.getName()).isEqualTo("chutich.langtron");
    }

    @Test
    void aDepartmentsTokenBecomesADepartmentActorAndNeedsItsCode() {
        AbstractAuthenticationToken authentication = converter.convert(
                token(Map.of("preferred_username", "sxd.vanthu", "tracker_role", "DEPARTMENT", "tracker_department", "SXD")));

        assertThat(Actors.of(authentication)).contains(Actor.department("sxd.vanthu", new DepartmentCode("SXD")));
        assertThatThrownBy(() -> converter.convert(token(Map.of("preferred_username", "x", "tracker_role", "DEPARTMENT"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aProvinceTokenWithoutAccountClaimIsNamedBySubject() {
        assertThat(Actors.of(converter.convert(token(Map.of("tracker_role", "PROVINCE"))))).contains(Actor.province("3f2a"));
    }

    @Test
    void aTokenWithoutRoleOrWithACommuneRoleButNoCodeIsRejected() {
        assertThatThrownBy(() -> converter.convert(token(Map.of("preferred_username", "x"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(token(Map.of("preferred_username", "x", "tracker_role", "COMMUNE"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(token(Map.of("preferred_username", "x", "tracker_role", "MAYOR"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }
}
