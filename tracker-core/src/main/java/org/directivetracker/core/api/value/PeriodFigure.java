package org.directivetracker.core.api.value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** One line of a period's frozen figures: the counts of one commune, department, field or priority. */
public record PeriodFigure(StatisticsGrouping by, String key, TaskCounts counts) {

    private static final Comparator<PeriodFigure> CANONICAL = Comparator.comparing(PeriodFigure::by)
            .thenComparing(PeriodFigure::key);

    public PeriodFigure {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(counts, "counts");
    }

    /**
     * The SHA-256 of the figures in a canonical order and form (one line {@code by|key|onTime|late|overdue|open} each),
     * so that anyone holding the figures can check them against the digest a closed period recorded.
     */
    public static String digestOf(List<PeriodFigure> figures) {
        StringBuilder canonical = new StringBuilder();
        figures.stream().sorted(CANONICAL).forEach(figure -> canonical.append(figure.by()).append('|')
                .append(figure.key()).append('|').append(figure.counts().completedOnTime()).append('|')
                .append(figure.counts().completedLate()).append('|').append(figure.counts().overdue()).append('|')
                .append(figure.counts().open()).append('\n'));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
