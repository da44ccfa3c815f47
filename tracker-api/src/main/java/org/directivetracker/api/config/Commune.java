package org.directivetracker.api.config;

import org.directivetracker.core.api.value.CommuneCode;

/** One line of the registry: a commune ({@code xa}) or ward ({@code phuong}) of the province. */
public record Commune(CommuneCode code, String name, String type) {
}
