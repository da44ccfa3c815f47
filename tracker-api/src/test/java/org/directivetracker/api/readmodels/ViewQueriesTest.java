package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.directivetracker.api.web.ViewsBusyException;
import org.directivetracker.core.api.query.FindBriefing;
import org.junit.jupiter.api.Test;

/** A view that does not answer in time is busy, not broken; a handler's own refusal stays what it was. */
class ViewQueriesTest {

    private static final ResponseType<String> TEXT = ResponseTypes.instanceOf(String.class);
    private static final FindBriefing QUERY = new FindBriefing(null, null);

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final ViewQueries queries = new ViewQueries(gateway, properties(Duration.ofMillis(100)));

    @Test
    void axonStoppingASlowHandlerMeansTheViewsAreBusy() {
        when(gateway.query(any(), any(ResponseType.class))).thenReturn(CompletableFuture.failedFuture(
                new QueryExecutionException("timed out", new AxonTimeoutException("FindBriefing has timed out"))));

        assertThatThrownBy(() -> queries.ask(QUERY, TEXT)).isInstanceOf(ViewsBusyException.class).hasMessageContaining("FindBriefing");
    }

    @Test
    void anAnswerThatDoesNotComeWithinTheQueryTimeoutMeansTheViewsAreBusy() {
        when(gateway.query(any(), any(ResponseType.class))).thenReturn(new CompletableFuture<>());

        assertThatThrownBy(() -> queries.ask(QUERY, TEXT)).isInstanceOf(ViewsBusyException.class);
    }

    @Test
    void aHandlersOwnFailureIsRethrownAsItWasThrown() {
        when(gateway.query(any(), any(ResponseType.class))).thenReturn(CompletableFuture.failedFuture(
                new QueryExecutionException("failed", new IllegalArgumentException("no such commune"))));

        assertThatThrownBy(() -> queries.ask(QUERY, TEXT)).isInstanceOf(IllegalArgumentException.class).hasMessage("no such commune");
    }

    private static ReadModelProperties properties(Duration queryTimeout) {
        return new ReadModelProperties(100, false, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5), queryTimeout, Duration.ZERO, Duration.ZERO);
    }
}
