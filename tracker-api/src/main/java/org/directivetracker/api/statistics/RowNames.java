package org.directivetracker.api.statistics;

import java.util.List;

import org.directivetracker.api.documents.Words;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.value.StatisticsGrouping;

/**
 * Words for the rows the read model leaves unnamed, in the reader's language: a priority, the missing lead
 * department or field, the province's total. Communes and fields keep their own names.
 */
final class RowNames {

    private final Words words;

    RowNames(Words words) {
        this.words = words;
    }

    Statistics name(Statistics statistics) {
        return statistics.withRows(name(statistics.by(), statistics.rows()), total(statistics.total()));
    }

    List<StatisticsRow> name(StatisticsGrouping by, List<StatisticsRow> rows) {
        return rows.stream().map(row -> row.name() != null ? row : row.named(nameOf(by, row.key()))).toList();
    }

    StatisticsRow total(StatisticsRow total) {
        return total.named(words.of("statistics.total"));
    }

    private String nameOf(StatisticsGrouping by, String key) {
        return switch (by) {
            case PRIORITY -> words.of("priority." + key);
            case DEPARTMENT -> StatisticsGrouping.NO_LEAD_DEPARTMENT.equals(key) ? words.of("statistics.department.NONE") : key;
            case FIELD -> key.isEmpty() ? words.of("statistics.field.none") : key;
            case COMMUNE -> key;
        };
    }
}
