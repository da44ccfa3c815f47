package org.directivetracker.api.readmodels;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.directivetracker.api.web.ViewsBusyException;
import org.springframework.stereotype.Component;

/**
 * Sends a view query and waits for its answer, at most {@code tracker.read-models.query-timeout}: a view that does not
 * answer by then is busy ({@link ViewsBusyException}, answered 503 with Retry-After), not failed. A handler's own
 * failure is rethrown as it was thrown.
 */
@Component
public class ViewQueries {

    private final QueryGateway gateway;
    private final Duration timeout;

    public ViewQueries(QueryGateway gateway, ReadModelProperties properties) {
        this.gateway = gateway;
        this.timeout = properties.queryTimeout();
    }

    public <R> R ask(Object query, ResponseType<R> responseType) {
        try {
            return gateway.query(query, responseType).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a view", e);
        } catch (ExecutionException | CompletionException e) {
            throw unwrap(query, e.getCause());
        } catch (AxonTimeoutException | TimeoutException e) {
            throw new ViewsBusyException(query.getClass().getSimpleName(), timeout);
        }
    }

    /** Axon's own handler timeout ({@code axon.timeout.handler.queries}) means busy too: the handler was stopped. */
    private RuntimeException unwrap(Object query, Throwable cause) {
        Throwable failure = cause;
        while (failure instanceof QueryExecutionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof AxonTimeoutException) {
            return new ViewsBusyException(query.getClass().getSimpleName(), timeout);
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
