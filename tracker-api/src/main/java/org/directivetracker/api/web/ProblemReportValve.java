package org.directivetracker.api.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's own error answers (a request it refuses before the application sees it: an encoded slash or NUL in the
 * path, a malformed request line) as problem documents instead of Tomcat's HTML page. The detail is the status's
 * reason phrase; nothing of the request is echoed.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String phrase = known == null ? "Error" : known.getReasonPhrase();
        String type = known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + phrase + "\",\"status\":" + status
                             + ",\"detail\":\"" + (status == 400 ? "the request could not be read" : phrase) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more to say
        }
    }
}
