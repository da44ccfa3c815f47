package org.directivetracker.api.web;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.api.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Response headers, least privilege for operations, and problem documents for what Tomcat or the firewall refuses. */
class HardeningTest extends ApiTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Test
    void canSeeAPolicyThatAllowsScriptsOnlyFromTheServicesOwnFiles() {
        Answer page = http.get(null, "/login");
        Answer api = http.get("leader", "/api/communes");

        for (Answer answer : List.of(page, api)) {
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
            assertThat(policy.split(";")[1]).doesNotContain("unsafe-inline");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void cannotFindInlineScriptInAnyTemplate() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            if (INLINE_SCRIPT.matcher(html).find()) {
                offending.add(template.getFilename());
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void canSeeThePageSessionCookieKeptToTheSameSite() {
        Answer login = http.get(null, "/login");

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty().allMatch(cookie -> cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"));
    }

    @Test
    void cannotReadMetricsWithoutAProvinceAccount() {
        assertThat(http.get("chair-" + LANG_TRON, "/actuator/metrics").status()).isEqualTo(403);
        assertThat(http.get("auditor", "/actuator/metrics").status()).isEqualTo(403);
        assertThat(http.get("leader", "/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void canReadAProblemDocumentForAPathTomcatRefuses() {
        for (String path : List.of("/api/directives/a%2Fb", "/api/directives/a%00b", "/api/directives/a%5Cb")) {
            Answer answer = RawHttp.get(http, "leader", path);

            assertThat(answer.status()).as(path + " " + answer).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void canReadAProblemDocumentForAHeaderTheFirewallRefuses() {
        Answer answer = RawHttp.post(http, "chair-" + LANG_TRON, "/api/directives/" + given.acknowledged(LANG_TRON)
                + "/communes/" + LANG_TRON + "/progress", "{\"percent\":40,\"note\":\"xong\"}", "ti\u1EBFn-\u0111\u1ED9".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void cannotSignInDuringTheWaitAfterRepeatedFailures() {
        String account = "no-such-account-" + System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(http.getWithPassword(account, "guess-" + i, "/api/communes").status());
        }

        assertThat(statuses).containsOnly(401);
        Answer throttled = http.getWithPassword(account, "guess-7", "/api/communes");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(http.get("leader", "/api/communes").status()).as("another account from the same address").isEqualTo(200);
    }
}
