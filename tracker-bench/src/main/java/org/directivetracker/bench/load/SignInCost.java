package org.directivetracker.bench.load;

import org.directivetracker.bench.Timing;

import java.util.List;

/**
 * Whether a Basic request still pays the password check every time: the first request of a few chairs' accounts
 * (the service checks the BCrypt hash) against their next ones (the service should remember the verified password),
 * the same read each time. Printed before the load so that the figures say which cost they include.
 */
final class SignInCost {
    private static final int ACCOUNTS = 6;
    private static final int REPEATS = 4;

    private SignInCost() {
    }

    static void report(TrackerHttp http, List<String> communes) {
        int accounts = Math.min(ACCOUNTS, communes.size());
        double[] first = new double[accounts];
        double[] later = new double[accounts * REPEATS];
        for (int i = 0; i < accounts; i++) {
            String commune = communes.get(communes.size() - 1 - i);
            String path = "/api/communes/" + commune + "/status";
            first[i] = http.get(null, "chair-" + commune, path).millis();
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                later[i * REPEATS + repeat] = http.get(null, "chair-" + commune, path).millis();
            }
        }
        double firstMedian = Timing.median(first);
        double laterMedian = Timing.median(later);
        System.out.printf("Basic sign-in cost: an account's first request median %.0f ms, its next ones median %.0f ms (%d accounts): %s%n",
                firstMedian, laterMedian, accounts, firstMedian > 2 * laterMedian + 20
                        ? "the password check is paid once per account, not per request"
                        : "no difference: either every request pays the check or none does");
    }
}
