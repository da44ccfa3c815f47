package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.directivetracker.projections.readmodel.ReadLag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Which reads may be answered from a copy of the views found current a moment ago: a read that asks for no position,
 * unless its page session wrote since; never a read that sends a write's token, nor a write.
 */
class ReadAfterWriteLagTest {

    private static final Duration LAG = Duration.ofSeconds(1);

    private final ReadAfterWrite interceptor = new ReadAfterWrite(new ViewsCatchUp(null, List::of) {
        @Override
        public boolean await(long position, Duration patience) {
            return true;
        }
    }, Duration.ofSeconds(5), LAG);

    @AfterEach
    void clear() {
        ReadLag.clear();
    }

    private static long millisAgo(long millis) {
        return System.nanoTime() - Duration.ofMillis(millis).toNanos();
    }

    @Test
    void aReadAskingNoPositionMayTakeACopyFoundCurrentWithinTheLag() {
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/communes/31951/status");

        interceptor.preHandle(read, new MockHttpServletResponse(), null);

        assertThat(ReadLag.allows(millisAgo(200))).isTrue();
        assertThat(ReadLag.allows(millisAgo(1_500))).as("found current longer ago than the lag").isFalse();
        interceptor.afterCompletion(read, new MockHttpServletResponse(), null, null);
        assertThat(ReadLag.allows(System.nanoTime())).as("the thread's next work reads current").isFalse();
    }

    @Test
    void aReadSendingAWritesTokenAndAWriteReadCurrent() {
        MockHttpServletRequest withToken = new MockHttpServletRequest("GET", "/api/communes/31951/status");
        withToken.addHeader(ConsistencyTokens.AFTER, "42");
        interceptor.preHandle(withToken, new MockHttpServletResponse(), null);
        assertThat(ReadLag.allows(System.nanoTime())).isFalse();

        interceptor.preHandle(new MockHttpServletRequest("GET", "/province"), new MockHttpServletResponse(), null);
        interceptor.preHandle(new MockHttpServletRequest("POST", "/api/directives/d-1/communes/31951/progress"),
                new MockHttpServletResponse(), null);
        assertThat(ReadLag.allows(System.nanoTime())).as("a write's own reads, even on a thread a read used").isFalse();
    }

    @Test
    void aPageSessionsReadsAfterItsOwnFormTakeNoCopyFoundCurrentBeforeIt() {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/commune/31951/directives/d-1/progress");
        form.setSession(session);
        long beforeTheForm = System.nanoTime();
        interceptor.preHandle(form, new MockHttpServletResponse(), null);
        interceptor.postHandle(form, new MockHttpServletResponse(), null, null);
        long afterTheForm = System.nanoTime();

        MockHttpServletRequest redirected = new MockHttpServletRequest("GET", "/commune/31951/directives/d-1");
        redirected.setSession(session);
        interceptor.preHandle(redirected, new MockHttpServletResponse(), null);

        assertThat(ReadLag.allows(beforeTheForm)).isFalse();
        assertThat(ReadLag.allows(afterTheForm)).isTrue();

        MockHttpServletRequest otherSession = new MockHttpServletRequest("GET", "/commune/31951/directives/d-1");
        otherSession.setSession(new MockHttpSession());
        interceptor.preHandle(otherSession, new MockHttpServletResponse(), null);
        assertThat(ReadLag.allows(beforeTheForm)).as("another session did not write").isTrue();
    }
}
