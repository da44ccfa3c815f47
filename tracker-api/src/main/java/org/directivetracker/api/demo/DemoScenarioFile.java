package org.directivetracker.api.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file and refuses an incomplete one at start, naming each missing or unknown field, so that a
 * province writing its own training data learns what to fix before a single command is sent.
 */
public final class DemoScenarioFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DemoScenarioFile() {
    }

    public static ScenarioData read(Resource file) {
        ScenarioData data;
        try (InputStream in = file.getInputStream()) {
            data = YAML.readValue(in, ScenarioData.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo scenario " + file.getDescription() + " cannot be read: " + e.getMessage(), e);
        }
        List<String> problems = problemsOf(data);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo scenario " + file.getDescription() + " is incomplete: " + String.join("; ", problems));
        }
        return data;
    }

    static List<String> problemsOf(ScenarioData data) {
        List<String> problems = new ArrayList<>();
        if (data == null) {
            return List.of("the file is empty");
        }
        missing(data, "", problems);
        if (data.texts() != null && data.texts().obstacles() != null) {
            // an obstacle category's text: the department its referrals go to belongs with it
            for (String category : data.texts().obstacles().keySet()) {
                if (data.texts().referrals() != null && data.texts().referrals().departments() != null
                        && !data.texts().referrals().departments().containsKey(category)) {
                    problems.add("texts.referrals.departments." + category + " is missing");
                }
            }
        }
        if (data.directives() != null) {
            for (int i = 0; i < data.directives().size(); i++) {
                ScenarioData.PlannedDirective directive = data.directives().get(i);
                if (directive != null && directive.communes() != null && directive.communes() < 1) {
                    problems.add("directives[" + i + "].communes must be at least 1");
                }
            }
        }
        return problems;
    }

    /** Every component of every record must be there and not blank, lists and maps not empty. */
    private static void missing(Object value, String path, List<String> problems) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                missing(valueOf(component, record), (path.isEmpty() ? "" : path + ".") + component.getName(), problems);
            }
        } else if (value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
            problems.add(path + " is missing");
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                missing(list.get(i), path + "[" + i + "]", problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> missing(entry, path + "." + key, problems));
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
