package org.directivetracker.api.pages;

import org.springframework.format.annotation.DateTimeFormat;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A day and time as the pages write it and read it back: dd/MM/yyyy HH:mm on a 24-hour clock, whatever the browser's
 * language (a datetime input showed month first and AM/PM on an English browser); also read without the zeros, and
 * as yyyy-MM-ddTHH:mm (what a browser's own field sends).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DateTimeFormat(pattern = PageFormats.MOMENT_PATTERN, fallbackPatterns = {PageFormats.MOMENT_SHORT_PATTERN, PageFormats.MOMENT_ISO_PATTERN})
public @interface PageMoment {
}
