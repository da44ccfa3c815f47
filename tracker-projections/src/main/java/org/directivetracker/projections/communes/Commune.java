package org.directivetracker.projections.communes;

/** A commune ({@code xa}) or ward ({@code phuong}) of the province, with its name written without diacritics. */
public record Commune(String code, String name, String type, String nameAscii) {
}
