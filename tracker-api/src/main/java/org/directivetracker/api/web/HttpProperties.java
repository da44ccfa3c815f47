package org.directivetracker.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits of the HTTP interface ({@code tracker.http.*}). @param maxBodySize larger bodies are refused before they are parsed */
@ConfigurationProperties("tracker.http")
public record HttpProperties(@DefaultValue("128KB") DataSize maxBodySize) {
}
