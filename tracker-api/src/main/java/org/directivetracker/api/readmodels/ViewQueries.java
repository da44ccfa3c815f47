package org.directivetracker.api.readmodels;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Sends a view query and waits for its answer; a handler's own failure is rethrown as it was thrown. */
@Component
public class ViewQueries {

    private static final long TIMEOUT_SECONDS = 30;

    private final QueryGateway gateway;

    public ViewQueries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R ask(Object query, ResponseType<R> responseType) {
        try {
            return gateway.query(query, responseType).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a view", e);
        } catch (ExecutionException | CompletionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a view did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        Throwable failure = cause;
        while (failure instanceof QueryExecutionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
