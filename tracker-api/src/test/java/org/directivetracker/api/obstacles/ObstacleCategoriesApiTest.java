package org.directivetracker.api.obstacles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.support.JsonArrays.element;
import static org.directivetracker.api.support.JsonArrays.has;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Obstacle categories come from configuration ({@code tracker.obstacles.categories}): a commune raises one in a
 * category added after the merger, a code the configuration does not name is refused with the field and the codes it
 * does, and an obstacle raised in a category since taken out of the configuration still replays and shows its code.
 */
class ObstacleCategoriesApiTest extends ApiTest {

    @Autowired
    @Qualifier("directiveCache")
    private Cache directiveCache;

    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aCommuneRaisesAnObstacleInACategoryAddedByConfigurationAndTheRegisterNamesIt() throws IOException {
        String id = given.acknowledged(LANG_TRON);

        Answer raised = http.post(CHAIR, obstaclesOf(id), "{\"category\":\"POLICY_MECHANISM\",\"description\":\"Chưa có cơ chế hỗ trợ cán bộ\"}");

        assertThat(raised.status()).isEqualTo(201);
        Answer register = Eventually.answer(() -> http.get("leader", "/api/obstacles?category=POLICY_MECHANISM"),
                answer -> has(answer.json(), "directiveId", id));
        assertThat(element(register.json(), "directiveId", id).get("category").asText()).isEqualTo("POLICY_MECHANISM");
        assertThat(categoryCellsOf(id)).containsExactly("Cơ chế, chính sách");
    }

    @Test
    void aCodeTheConfigurationDoesNotNameIsRefusedWithTheFieldAndTheConfiguredCodes() {
        String id = given.acknowledged(LANG_TRON);

        Answer answer = http.post(CHAIR, obstaclesOf(id), "{\"category\":\"FLOODING\",\"description\":\"Trụ sở bị ngập\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(errors(answer)).containsOnlyKeys("category");
        assertThat(errors(answer).get("category")).contains("FLOODING", "POLICY_MECHANISM", "HANDOVER_RECORDS", "STAFF_TRAINING");
        assertThat(payloads(id)).noneMatch(ObstacleRaised.class::isInstance);
    }

    @Test
    void theRegisterFiltersByConfiguredCategoriesAndRefusesOthersWithTheField() {
        Answer configured = http.get("leader", "/api/obstacles?category=STAFF_TRAINING");
        Answer other = http.get("leader", "/api/obstacles?category=FLOODING");

        assertThat(configured.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(400);
        assertThat(errors(other)).containsOnlyKeys("category");
    }

    @Test
    void aCategoryThatIsNoCodeIsRefusedWithTheField() {
        String id = given.acknowledged(LANG_TRON);

        Answer answer = http.post(CHAIR, obstaclesOf(id), "{\"category\":\"cơ chế\",\"description\":\"Chưa có cơ chế\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(errors(answer)).containsOnlyKeys("category");
    }

    @Test
    void anObstacleInACategoryNoLongerConfiguredReplaysShowsItsCodeAndCanBeResolved() throws IOException {
        String id = given.acknowledged(LANG_TRON);
        // stored when FLOODING was still configured, as the store keeps it
        eventStore.publish(new GenericDomainEventMessage<>("Directive", id, stream(id).size(),
                new ObstacleRaised(id, LANG_TRON, "vm-ngap", "FLOODING", "Trụ sở xã bị ngập sau triều cường"),
                Map.of(MetadataKeys.ACCOUNT, CHAIR, MetadataKeys.ROLE, "COMMUNE", MetadataKeys.COMMUNE, LANG_TRON)));
        directiveCache.remove(id); // as after a restart: the directive is loaded from its stored events

        Answer register = Eventually.answer(() -> http.get("leader", "/api/obstacles?commune=" + LANG_TRON),
                answer -> has(answer.json(), "directiveId", id));
        assertThat(element(register.json(), "directiveId", id).get("category").asText()).isEqualTo("FLOODING");
        assertThat(categoryCellsOf(id)).containsExactly("FLOODING");

        Answer resolved = http.post(CHAIR, obstaclesOf(id) + "/vm-ngap/resolve", "{\"resolution\":\"Đã bơm thoát nước\"}");
        assertThat(resolved.status()).isEqualTo(200);
    }

    private static String obstaclesOf(String id) {
        return "/api/directives/" + id + "/communes/" + LANG_TRON + "/obstacles";
    }

    private static Map<String, String> errors(Answer answer) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (JsonNode error : answer.json().get("errors")) {
            errors.put(error.get("field").asText(), error.get("reason").asText());
        }
        return errors;
    }

    /** The category column of the register's XLSX, for the directive's rows. */
    private List<String> categoryCellsOf(String directiveId) throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = HttpClient.newHttpClient().send(http.request("/api/obstacles?format=xlsx&commune=" + LANG_TRON, "leader", "demo")
                    .header("Accept", XLSX).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> categories = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet register = workbook.getSheetAt(0);
            for (Row row : register) {
                if (row.getRowNum() > 0 && directiveId.equals(row.getCell(1).getStringCellValue())) {
                    categories.add(row.getCell(4).getStringCellValue());
                }
            }
        }
        return categories;
    }
}
