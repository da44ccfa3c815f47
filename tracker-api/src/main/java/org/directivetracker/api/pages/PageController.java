package org.directivetracker.api.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller that lives in its feature's package (threads, inbox...): {@link PageAdvice} then serves it
 * as it serves this package's, with the signed-in actor, form binding and the pages' error answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageController {
}
