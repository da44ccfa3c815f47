package org.directivetracker.api.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (account kind x contacts or reminders endpoint): the province's accounts are served, every other kind gets 403
 * and an anonymous caller 401. The contacts are personal data; running the reminders is the province's decision.
 */
class ContactsAccessMatrixTest extends ApiTest {

    enum Who {
        LEADER("leader"), AUDITOR("auditor"), CHAIR("chair-" + LANG_TRON), DEPARTMENT("dept-SXD"), ANONYMOUS(null);

        final String account;

        Who(String account) {
            this.account = account;
        }
    }

    record Endpoint(String method, String path, String body, int served) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String CONTACT = "{\"email\":\"vanphong@camau.gov.vn\"}";

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("PUT", "/api/contacts/" + LANG_TRON, CONTACT, 200),
                new Endpoint("GET", "/api/contacts/" + LANG_TRON, null, 200),
                new Endpoint("PUT", "/api/contacts/SXD", CONTACT, 200),
                new Endpoint("PUT", "/api/contacts/accounts/chair-" + LANG_TRON, CONTACT, 200),
                new Endpoint("GET", "/api/contacts/accounts/chair-" + LANG_TRON, null, 200),
                new Endpoint("DELETE", "/api/contacts/accounts/chair-" + LANG_TRON, null, 204),
                new Endpoint("POST", "/api/admin/reminders/run", null, 200));
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                pairs.add(Arguments.of(endpoint, who));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("pairs")
    void onlyTheProvinceIsServed(Endpoint endpoint, Who who) {
        if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
            // something to read or erase, whoever asks
            send("leader", "PUT", endpoint.path(), CONTACT);
        }

        Answer answer = send(who.account, endpoint.method(), endpoint.path(), endpoint.body());

        int expected = switch (who) {
            case LEADER -> endpoint.served();
            case ANONYMOUS -> 401;
            default -> 403;
        };
        assertThat(answer.status()).as(answer.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("vanphong@camau.gov.vn");
        }
    }

    Answer send(String account, String method, String path, String json) {
        HttpRequest.Builder request = http.request(path, account, "demo")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http.send(request.build());
    }
}
