package org.directivetracker.api.pages;

import org.springframework.format.annotation.DateTimeFormat;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A day as the pages write it and read it back: dd/MM/yyyy, whatever the browser's language (a date input would show
 * 02/12 as the 12th of February on an English phone). Also read: the day and month without their zeros, dashes or
 * dots between, the eight digits alone (a phone's number pad has no slash), and yyyy-MM-dd (the pages' own links).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "ddMMyyyy", "yyyy-MM-dd"})
public @interface PageDay {
}
