package org.directivetracker.api.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.directivetracker.api.pages.PageAdvice;
import org.directivetracker.api.security.SecurityEvents;
import org.directivetracker.core.domain.DirectiveRuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures that a single test server cannot provoke on demand: races lost to another instance, wrapped failures. */
class ProblemAdviceTest {
    private final ProblemAdvice advice = new ProblemAdvice(new SecurityEvents(), new Problems(bundles()));
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/directives/d-1/communes/31951/progress");

    @Test
    void aLostRaceIs409AndSaysNothingWasStored() {
        ResponseEntity<Object> concurrent = advice.concurrentChange(new ConcurrencyException("sequence 7 of d-1 already exists"));
        ResponseEntity<Object> created = advice.concurrentChange(new AggregateStreamCreationException("d-1 exists"));

        assertThat(concurrent.getStatusCode().value()).isEqualTo(409);
        assertThat(created.getStatusCode().value()).isEqualTo(409);
        ProblemDetail problem = (ProblemDetail) concurrent.getBody();
        assertThat(problem.getDetail()).contains("nothing of this request was stored").doesNotContain("sequence 7");
    }

    @Test
    void aWrappedRuleViolationIsAnsweredByWhatItWraps() throws Exception {
        DirectiveRuleViolation violation = new DirectiveRuleViolation("the directive was withdrawn on 2026-10-02") {
        };

        ResponseEntity<Object> answer = advice.commandFailed(new CommandExecutionException("remote failure", violation),
                request, new ServletWebRequest(request));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo("the directive was withdrawn on 2026-10-02");
    }

    @Test
    void anUnexpectedFailureIs500WithAnIncidentIdAndNoInternals() {
        ResponseEntity<Object> answer = advice.unexpected(new IllegalStateException("NullPointer in MongoEventStorageEngine line 42"));

        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("MongoEventStorageEngine", "NullPointer");
        assertThat(problem.getProperties()).containsKey("incident");
    }

    @Test
    void aViewThatDidNotAnswerInTimeIs503WithWhenToAskAgain() {
        ResponseEntity<Object> answer = advice.viewsBusy(new ViewsBusyException("FindBriefing", Duration.ofSeconds(30)));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("nothing was changed").doesNotContain("FindBriefing");
    }

    @Test
    void aPageWhoseViewDidNotAnswerInTimeIsTheBusyPageWithWhenToAskAgain() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        String page = new PageAdvice().busy(new ViewsBusyException("FindBriefing", Duration.ofSeconds(30)), response);

        assertThat(page).isEqualTo("busy");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(bundles().getMessage("busy.title", null, Locale.forLanguageTag("vi"))).isEqualTo("Hệ thống đang bận");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
