package org.directivetracker.api.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where a refused request is recorded for the IT office; security keeps that log, the error answers report to it. */
public interface RefusalLog {

    /** The signed-in account (if any) was refused {@code request} for {@code reason}. */
    void refused(HttpServletRequest request, String reason);
}
