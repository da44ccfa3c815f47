package org.directivetracker.api.security;

import jakarta.servlet.Filter;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter chain runs without Spring MVC's handler-lookup cache in front of it (each request finds its handler once,
 * in the DispatcherServlet), its path rules, now matched by path patterns, still read a path's variables, and it times
 * nothing of its own while requests stay timed.
 */
class SecurityFilterChainTest extends ApiTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    private Filter securityFilterChain;

    /** Where Spring MVC's handler-lookup cache filter keeps the handler it found for the request. */
    private static final String LOOKED_UP_HANDLER = HandlerMappingIntrospector.class.getName() + ".CachedResult";

    @Test
    void aRequestPassesTheSecurityFiltersWithoutItsHandlerLookedUp() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        AtomicReference<Object> lookedUp = new AtomicReference<>("not reached");
        securityFilterChain.doFilter(request, new MockHttpServletResponse(),
                (passed, response) -> lookedUp.set(passed.getAttribute(LOOKED_UP_HANDLER)));
        assertThat(lookedUp.get()).isNull();
    }

    @Test
    void aCommuneRuleStillReadsTheCommuneCodeOfThePath() {
        assertThat(http.get("chair-" + LANG_TRON, "/api/communes/" + LANG_TRON + "/status").status()).isEqualTo(200);
        assertThat(http.get("chair-" + LANG_TRON, "/api/communes/" + DAT_MUI + "/status").status()).isEqualTo(403);
        assertThat(http.get("chair-" + LANG_TRON, "/api/communes/" + DAT_MUI + "/status/").status()).isEqualTo(403);
        assertThat(http.get("leader", "/api/communes/" + DAT_MUI + "/status").status()).isEqualTo(200);
    }

    @Test
    void aPageIsLeftToThePagesChainAndTheApiToBasicSignIn() {
        assertThat(http.get(null, "/province").status()).isEqualTo(302);
        assertThat(http.get(null, "/api/directives").status()).isEqualTo(401);
    }

    @Test
    void requestsStayTimedWhileTheSecurityFiltersAreNot() {
        http.get("leader", "/api/directives");
        Answer metrics = http.get("leader", "/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        metrics.json().get("names").forEach(name -> names.add(name.asText()));
        assertThat(names).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }
}
