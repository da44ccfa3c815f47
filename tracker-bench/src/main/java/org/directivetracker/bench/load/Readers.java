package org.directivetracker.bench.load;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading side of the load. Leaders read, one request after another: a commune's status (as its chair), a
 * directive's progress, the dashboard's registry with counts, the briefing, the inbox, the overdue list, a commune's
 * open obstacles and a directive's page in the browser (signed in with the form, as a person would). The auditor
 * replays directives: a history page and the state replayed from the events.
 */
final class Readers {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final TrackerHttp http;
    private final Province province;
    private final String leader;
    private final String auditor;

    Readers(TrackerHttp http, Province province, String leader, String auditor) {
        this.http = http;
        this.province = province;
        this.leader = leader;
        this.auditor = auditor;
    }

    /**
     * A leader's loop, the reads drawn by their weights (status 30, progress 25, dashboard, briefing, inbox 10 each, ...),
     * each going when {@code pacing} says and timed from then.
     */
    Runnable leader(Running running, Pacing pacing) {
        return () -> {
            PageSession pages = new PageSession(leader);
            List<String> communes = province.communes();
            while (running.on()) {
                long due = pacing.awaitNext();
                String commune = communes.get(ThreadLocalRandom.current().nextInt(communes.size()));
                String directive = province.activeDirective();
                int draw = ThreadLocalRandom.current().nextInt(100);
                if (draw < 30) {
                    http.get("read status", "chair-" + commune, "/api/communes/" + commune + "/status?limit=200", due); // its 200 most urgent, as a phone would ask
                } else if (draw < 55 && directive != null) {
                    http.get("read progress", leader, "/api/directives/" + directive, due);
                } else if (draw < 65) {
                    http.get("read dashboard", leader, "/api/communes", due);
                } else if (draw < 75) {
                    http.get("read briefing", leader, "/api/briefing?limit=100", due); // as the briefing page shows it
                } else if (draw < 85) {
                    http.get("read inbox", leader, "/api/inbox?limit=50", due); // the oldest 50 and the total, as the inbox page shows them
                } else if (draw < 90) {
                    http.get("read overdue", leader, "/api/directives?timeliness=OVERDUE", due);
                } else if (draw < 95) {
                    http.get("read obstacles", leader, "/api/obstacles?open=true&commune=" + commune, due);
                } else if (directive != null) {
                    pages.open("page directive", "/province/directives/" + directive, due);
                }
            }
        };
    }

    /** The auditor's loop: a directive's first history page, then its state replayed, in turn, as {@code pacing} says. */
    Runnable auditor(Running running, Pacing pacing) {
        return () -> {
            boolean history = true;
            while (running.on()) {
                long due = pacing.awaitNext();
                String directive = province.anyDirective();
                if (directive == null) {
                    CommuneChairs.sleep(100);
                    continue;
                }
                if (history) {
                    http.get("audit history", auditor, "/api/directives/" + directive + "/history?from=0&limit=1000", due);
                } else {
                    http.get("audit state", auditor, "/api/directives/" + directive + "/state", due);
                }
                history = !history;
            }
        };
    }

    /**
     * A browser's session on the pages: signs in with the login form (its CSRF token, the session cookie) on first
     * use and again when the session is lost.
     */
    final class PageSession {
        private final String account;
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private boolean signedIn;

        PageSession(String account) {
            this.account = account;
        }

        /** Opens the page, timed from {@code due} (a sign-in it needs first counts in its time, as a person waits for it). */
        void open(String endpoint, String path, long due) {
            if (!signedIn) {
                signedIn = signIn();
            }
            TrackerHttp.Answer answer = http.send(endpoint, browser, HttpRequest.newBuilder(http.uri(path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET().build(), due);
            if (answer.status() == 302) {
                signedIn = false;
            }
        }

        private boolean signIn() {
            TrackerHttp.Answer form = http.send(null, browser, HttpRequest.newBuilder(http.uri("/login")).GET().build());
            Matcher token = CSRF.matcher(form.body());
            if (!token.find()) {
                return false;
            }
            String body = "username=" + encode(account) + "&password=" + encode(http.password()) + "&_csrf=" + encode(token.group(1));
            TrackerHttp.Answer answer = http.send(null, browser, HttpRequest.newBuilder(http.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            return answer.status() == 302 && !answer.location().contains("error");
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
