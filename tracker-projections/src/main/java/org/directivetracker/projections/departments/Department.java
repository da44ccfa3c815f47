package org.directivetracker.projections.departments;

/** A department of the province's People's Committee ({@code Sở}, or the Committee's office), by its short code. */
public record Department(String code, String name, String nameAscii) {
}
