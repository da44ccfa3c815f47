package org.directivetracker.api.demo;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A scenario file is read whole or refused at start with every field that needs fixing named. */
class DemoScenarioFileTest {

    @Test
    void theShippedScenarioIsCompleteAndInVietnamese() {
        ScenarioData data = DemoScenarioFile.read(new ClassPathResource("demo/scenario.yml"));

        assertThat(data.directives()).hasSize(24);
        assertThat(data.directives()).extracting(ScenarioData.PlannedDirective::special)
                .contains(ScenarioData.Special.WITHDRAWN, ScenarioData.Special.CLOSED,
                        ScenarioData.Special.DEADLINE_CHANGED, ScenarioData.Special.COMMUNES_ADDED);
        assertThat(data.texts().obstacles()).containsOnlyKeys("STAFFING", "EQUIPMENT", "FUNDING", "LEGAL_DOCUMENTS",
                "DATA_SYSTEMS", "OTHER", "POLICY_MECHANISM", "HANDOVER_RECORDS", "STAFF_TRAINING");
        assertThat(data.texts().progressNote(0, "Tân Thành", 40))
                .isEqualTo("Đã họp triển khai, phân công công chức phụ trách (Tân Thành, đạt 40%)");
    }

    @Test
    void aFileMissingTextsNamesEachOfThem() {
        String yaml = """
                texts:
                  withdrawal: "Rút"
                  obstacles:
                    STAFFING: "Thiếu người"
                    FUNDING: " "
                directives:
                  - title: "Nhiệm vụ"
                    description: ""
                    reference: "CV 1"
                    field: "Nội vụ"
                    priority: HIGH
                    issuedDay: -3
                    deadlineDay: 5
                    communes: 0
                """;

        assertThatThrownBy(() -> DemoScenarioFile.read(resource(yaml)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("texts.closing is missing")
                .hasMessageContaining("texts.obstacles.FUNDING is missing")
                .hasMessageContaining("directives[0].description is missing")
                .hasMessageContaining("directives[0].communes must be at least 1");
    }

    @Test
    void aMisspelledFieldIsRefusedRatherThanIgnored() {
        String yaml = """
                directives:
                  - titel: "Nhiệm vụ"
                """;

        assertThatThrownBy(() -> DemoScenarioFile.read(resource(yaml)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("titel");
    }

    private static ByteArrayResource resource(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "training scenario");
    }
}
