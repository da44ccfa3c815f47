package org.directivetracker.api.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.OptionalLong;

/**
 * A larger body limit for the requests of a feature that accepts files; the feature declares it as a bean. Every other
 * request keeps {@code tracker.http.max-body-size}.
 */
public interface BodySizeAllowance {

    /** The limit for this request, or empty when the general limit applies. */
    OptionalLong maxBytesFor(HttpServletRequest request);
}
