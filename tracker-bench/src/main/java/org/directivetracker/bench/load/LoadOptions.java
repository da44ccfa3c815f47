package org.directivetracker.bench.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a load or kill run, from {@code --name=value} arguments, each with a default that runs on a shared
 * 2-core machine in minutes. Unknown names are refused, so that a misspelt setting is not silently ignored.
 */
record LoadOptions(String url, Path jar, List<Long> stages, int seconds, int warmup, int writers, int readers,
                   int auditors, int growers, int window, String serviceHeap, String serviceJvm, String password, String leader,
                   String auditor, int rounds, int killWithin, int startWithin, boolean keep,
                   int catchUp, double readRate, double writeRate, double auditRate) {

    private static final List<String> NAMES = List.of("url", "jar", "stages", "seconds", "warmup", "writers", "readers",
            "auditors", "growers", "window", "service-heap", "service-jvm", "password", "leader", "auditor", "rounds", "kill-within", "start-within", "keep",
            "catch-up", "read-rate", "write-rate", "audit-rate");

    static LoadOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown setting --" + name + "; known: " + NAMES);
            }
            values.put(name, equals < 0 ? "true" : arg.substring(equals + 1));
        }
        return new LoadOptions(values.get("url"),
                Path.of(values.getOrDefault("jar", "tracker-api/target/tracker-exec.jar")),
                Arrays.stream(values.getOrDefault("stages", "10000,100000").split(",")).map(String::trim)
                        .map(Long::parseLong).toList(),
                // 60 s: the first stage runs on a service just started, whose hot paths 10 s do not compile
                number(values, "seconds", 60), number(values, "warmup", 60), number(values, "writers", 8),
                number(values, "readers", 8), number(values, "auditors", 1), number(values, "growers", 2),
                number(values, "window", 500), values.getOrDefault("service-heap", "3g"), values.get("service-jvm"),
                values.getOrDefault("password", "demo"), values.getOrDefault("leader", "leader"),
                values.getOrDefault("auditor", "auditor"), number(values, "rounds", 20), number(values, "kill-within", 15), number(values, "start-within", 15),
                Boolean.parseBoolean(values.getOrDefault("keep", "false")), number(values, "catch-up", 30),
                rate(values, "read-rate"), rate(values, "write-rate"), rate(values, "audit-rate"));
    }

    /** One leader's pacing: closed loop without {@code --read-rate}, else its share of that rate. */
    Pacing readPacing() {
        return pacing(readRate, readers);
    }

    /** One chair writer's pacing: closed loop without {@code --write-rate}, else its share of that rate. */
    Pacing writePacing() {
        return pacing(writeRate, writers);
    }

    /** One auditor's pacing: closed loop without {@code --audit-rate}, else its share of that rate. */
    Pacing auditPacing() {
        return pacing(auditRate, auditors);
    }

    private static Pacing pacing(double rate, int actors) {
        return rate > 0 ? Pacing.share(rate, actors) : Pacing.closedLoop();
    }

    private static String pacing(double rate, String calls) {
        return rate > 0 ? " paced at " + rate + " " + calls + "/s in all (each timed from when it was due)"
                : " each going again as soon as answered";
    }

    private static double rate(Map<String, String> values, String name) {
        return Double.parseDouble(values.getOrDefault(name, "0"));
    }

    /** The service's JVM options besides its heap, space-separated; the benchmark's own when none is given. */
    List<String> serviceJvmOr(String fallback) {
        String options = serviceJvm == null ? fallback : serviceJvm;
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    String describe() {
        return "writers " + writers + pacing(writeRate, "writes") + ", readers " + readers + pacing(readRate, "reads")
               + ", auditors " + auditors + pacing(auditRate, "replays") + ", " + seconds
               + " s measured per stage after " + warmup + " s of warm-up, growers " + growers
               + ", active window " + window + " directives";
    }
}
