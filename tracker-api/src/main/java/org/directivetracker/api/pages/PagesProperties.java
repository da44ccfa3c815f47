package org.directivetracker.api.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The web pages' settings ({@code tracker.pages.*}).
 *
 * @param catchUpTimeout how long a page waits after a write for the views to show it, before redirecting anyway
 */
@ConfigurationProperties("tracker.pages")
public record PagesProperties(@DefaultValue("5s") Duration catchUpTimeout) {
}
