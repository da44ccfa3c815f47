package org.directivetracker.api;

import org.directivetracker.api.audit.AuditCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The tracker service. Only this module's packages are scanned: the domain and the read models are registered
 * explicitly (see {@code config}), so they stay free of Spring stereotypes.
 */
@SpringBootApplication(scanBasePackages = "org.directivetracker.api")
@ConfigurationPropertiesScan("org.directivetracker.api")
public class TrackerApplication {
    /** Program argument that starts the demo province (same as {@code tracker.demo=true}). */
    public static final String DEMO_ARGUMENT = "--demo";

    public static void main(String[] args) {
        // the audit modes (--verify-file, --verify-all) run instead of the service
        OptionalInt audit = AuditCommandLine.run(args, System.out);
        if (audit.isPresent()) {
            System.exit(audit.getAsInt());
        }
        try {
            SpringApplication.run(TrackerApplication.class, withDemoSwitch(args));
        } catch (RuntimeException failedStart) {
            // Spring has logged why (a port in use, a store out of reach). The process must end, for the operator and
            // for systemd alike: a thread that Axon started and does not mark daemon (its janitor) would keep it alive.
            System.exit(1);
        }
    }

    /** Spring reads {@code --demo} as a property named "demo"; it means {@code tracker.demo=true}. */
    static String[] withDemoSwitch(String[] args) {
        if (!Arrays.asList(args).contains(DEMO_ARGUMENT)) {
            return args;
        }
        String[] extended = Arrays.copyOf(args, args.length + 1);
        extended[args.length] = "--tracker.demo=true";
        return extended;
    }
}
