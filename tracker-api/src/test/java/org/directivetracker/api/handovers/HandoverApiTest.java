package org.directivetracker.api.handovers;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.command.RecordHandover;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.event.HandoverRecorded;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Percent;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.evidence.EvidenceUploadsForOtherFeatures.uploadPhoto;

/** A commune handed over to a successor, and the dossier the successor reads: replayed, never current state. */
class HandoverApiTest extends ApiTest {

    private static final String PHONG_THANH = "31957";
    private static final String PHAN_NGOC_HIEN = "32244";
    private static final String BAC_LIEU = "31825";

    private Answer handOver(String account, String commune, String from, String to) {
        return http.post(account, "/api/communes/" + commune + "/handovers",
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"note\":\"Điều động công tác, bàn giao đầy đủ hồ sơ\"}");
    }

    @Test
    void theDossierAsOfTheHandoverReadsTheSameLaterWhateverHappensAfter() {
        String chair = "chair-" + PHONG_THANH;
        String directive = given.issued(PHONG_THANH);
        given.send(new ReportProgress(directive, new CommuneCode(PHONG_THANH), new Percent(40), new Note("Đã rà soát 12/30 hồ sơ"),
                Given.chair(PHONG_THANH), UUID.randomUUID().toString()));
        String obstacle = given.raiseObstacle(directive, PHONG_THANH);
        given.requestExtension(directive, PHONG_THANH);
        String sha256 = uploadPhoto(http, chair, directive, PHONG_THANH);

        Answer handover = handOver("leader", PHONG_THANH, chair, "pho-chu-tich-" + PHONG_THANH);
        assertThat(handover.status()).as(handover.body()).isEqualTo(201);
        String asOf = handover.text("dossierAsOf");
        JsonNode atHandover = http.get("leader", "/api/communes/" + PHONG_THANH + "/dossier?asOf=" + asOf).json();

        // afterwards: more progress, the obstacle resolved, a new directive
        given.send(new ReportProgress(directive, new CommuneCode(PHONG_THANH), new Percent(90), new Note("Gần xong"),
                Given.chair(PHONG_THANH), UUID.randomUUID().toString()));
        given.send(new ResolveObstacle(directive, new CommuneCode(PHONG_THANH), obstacle, new Note("Đã mượn máy"),
                Given.LEADER, UUID.randomUUID().toString()));
        String later = given.issued(PHONG_THANH);
        JsonNode readLater = http.get("auditor", "/api/communes/" + PHONG_THANH + "/dossier?asOf=" + asOf).json();
        JsonNode now = http.get("leader", "/api/communes/" + PHONG_THANH + "/dossier").json();

        assertThat(atHandover.get("digest").asText()).isEqualTo(handover.text("digest"));
        assertThat(readLater).isEqualTo(atHandover);
        JsonNode assignment = assignment(readLater, directive);
        assertThat(assignment.get("percent").asInt()).isEqualTo(40);
        assertThat(assignment.get("openObstacles")).hasSize(1);
        assertThat(assignment.get("pendingDecisions").get(0).get("kind").asText()).isEqualTo("EXTENSION");
        assertThat(assignment.get("nextStepBy").asText()).isEqualTo("PROVINCE");
        assertThat(assignment.get("evidence").get(0).get("sha256").asText()).isEqualTo(sha256);
        assertThat(assignment(readLater, later)).as("issued after the handover").isNull();
        assertThat(assignment(now, directive).get("percent").asInt()).isEqualTo(90);
        assertThat(assignment(now, later)).isNotNull();
        assertThat(now.get("lastHandover").get("to").asText()).isEqualTo("pho-chu-tich-" + PHONG_THANH);
        assertThat(readLater.get("lastHandover").isNull()).as("a dossier never lists its own handover").isTrue();
        List<DomainEventMessage<?>> office = eventStore.readEvents(RecordHandover.officeIdOf(new CommuneCode(PHONG_THANH)), 0)
                .asStream().<DomainEventMessage<?>>map(event -> event).toList();
        assertThat(((HandoverRecorded) office.get(office.size() - 1).getPayload()).dossierDigest())
                .isEqualTo(handover.text("digest"));
    }

    @Test
    void onlyTheProvinceRecordsAHandoverAndOnlyFromTheOfficialInCharge() {
        String chair = "chair-" + PHAN_NGOC_HIEN;

        assertThat(handOver(chair, PHAN_NGOC_HIEN, chair, "nguoi-moi").status()).isEqualTo(403);
        assertThat(handOver("auditor", PHAN_NGOC_HIEN, chair, "nguoi-moi").status()).isEqualTo(403);
        assertThat(handOver("leader", PHAN_NGOC_HIEN, chair, "nguoi-moi").status()).isEqualTo(201);
        Answer fromWrongOfficial = handOver("leader", PHAN_NGOC_HIEN, chair, "nguoi-khac");
        assertThat(fromWrongOfficial.status()).as(fromWrongOfficial.body()).isEqualTo(409);
        Answer noNote = http.post("leader", "/api/communes/" + PHAN_NGOC_HIEN + "/handovers",
                "{\"from\":\"nguoi-moi\",\"to\":\"nguoi-khac\"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").get(0).get("field").asText()).isEqualTo("note");
    }

    @Test
    void aCommuneReadsItsOwnDossierOnlyAndNotAsOfAFutureInstant() {
        assertThat(http.get("chair-" + BAC_LIEU, "/api/communes/" + BAC_LIEU + "/dossier").status()).isEqualTo(200);
        assertThat(http.get("chair-" + LANG_TRON, "/api/communes/" + BAC_LIEU + "/dossier").status()).isEqualTo(403);
        assertThat(http.get("leader", "/api/communes/" + BAC_LIEU + "/dossier?asOf=2999-01-01T00:00:00Z").status())
                .isEqualTo(400);
    }

    @Test
    void theDossierPrintsAsAPdfWithItsVietnameseWordsAndDigest() throws Exception {
        String directive = given.issued(BAC_LIEU);
        given.raiseObstacle(directive, BAC_LIEU);
        Answer json = http.get("leader", "/api/communes/" + BAC_LIEU + "/dossier");
        String digest = json.text("digest");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(http.request("/api/communes/" + BAC_LIEU
                + "/dossier?asOf=" + json.text("asOf"),
                "leader", "demo").header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Hồ sơ bàn giao: Bạc Liêu (31825)", "Máy scan hư hỏng", "Trang thiết bị");
            assertThat(text.replaceAll("\\s", "")).as("the digest of the same dossier as JSON").contains(digest);
        }
    }

    private static JsonNode assignment(JsonNode dossier, String directiveId) {
        for (JsonNode assignment : dossier.get("assignments")) {
            if (assignment.get("directiveId").asText().equals(directiveId)) {
                return assignment;
            }
        }
        return null;
    }
}
