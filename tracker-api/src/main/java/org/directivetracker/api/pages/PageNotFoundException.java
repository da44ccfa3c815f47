package org.directivetracker.api.pages;

/** A page asked for something that does not exist (an unknown directive or commune): the 404 page. */
class PageNotFoundException extends RuntimeException {
    PageNotFoundException(String what) {
        super(what);
    }
}
