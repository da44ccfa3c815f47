package org.directivetracker.api.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.eventstore.files.ContentAddressedFiles;
import org.directivetracker.eventstore.files.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.evidence.Uploads.pdf;
import static org.directivetracker.api.evidence.Uploads.photo;
import static org.directivetracker.api.evidence.Uploads.upload;

/** Evidence uploads and downloads over HTTP: what they store, who may send and read them, what is refused. */
class EvidenceApiTest extends ApiTest {

    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final String OTHER_CHAIR = "chair-" + DAT_MUI;
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Autowired
    private ContentAddressedFiles files;

    private static String assignment(String id, String commune) {
        return "/api/directives/" + id + "/communes/" + commune + "/attachments";
    }

    @Test
    void aCommuneUploadsAPhotoAndItsDigestIsInTheHistory() {
        String id = given.issued(LANG_TRON, DAT_MUI);
        byte[] photo = photo(1, 300_000);

        Answer answer = upload(http, CHAIR, assignment(id, LANG_TRON), "máy scan hỏng.jpg", "image/jpeg", photo,
                "Ảnh máy scan tại bộ phận một cửa");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.text("sha256")).isEqualTo(Sha256.of(photo));
        assertThat(answer.json().get("size").asLong()).isEqualTo(photo.length);
        DomainEventMessage<?> last = stream(id).get(stream(id).size() - 1);
        assertThat(last.getPayload()).isEqualTo(new EvidenceAttached(id, LANG_TRON, answer.text("attachmentId"),
                "máy scan hỏng.jpg", "image/jpeg", photo.length, Sha256.of(photo), "Ảnh máy scan tại bộ phận một cửa"));
        assertThat(last.getMetaData()).containsEntry("account", CHAIR);
        assertThat(files.contains(Sha256.of(photo))).isTrue();
    }

    @Test
    void theCommuneAndTheLeaderDownloadTheFileAsSent() {
        String id = given.issued(LANG_TRON);
        byte[] photo = photo(2, 700_000);
        String attachmentId = upload(http, CHAIR, assignment(id, LANG_TRON), "anh.jpg", "image/jpeg", photo, null)
                .text("attachmentId");

        for (String reader : List.of(CHAIR, "leader", "auditor")) {
            HttpResponse<byte[]> download = download(reader, assignment(id, LANG_TRON) + "/" + attachmentId);
            assertThat(download.statusCode()).as(reader).isEqualTo(200);
            assertThat(download.body()).as(reader).isEqualTo(photo);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        }
        JsonNode listed = http.get("leader", assignment(id, LANG_TRON)).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("fileName").asText()).isEqualTo("anh.jpg");
        assertThat(listed.get(0).get("attachedBy").asText()).isEqualTo(CHAIR);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() {
        String id = given.issued(LANG_TRON);
        int events = stream(id).size();
        byte[] tooLarge = photo(3, TEN_MB + 1);

        Answer answer = upload(http, CHAIR, assignment(id, LANG_TRON), "anh-lon.jpg", "image/jpeg", tooLarge, null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.json().get("maxBytes").asLong()).isEqualTo(TEN_MB);
        assertThat(files.contains(Sha256.of(tooLarge))).isFalse();
        assertThat(stream(id)).hasSize(events);
    }

    @Test
    void aFileOfAForbiddenTypeIsRefusedWith415ByItsContentWhateverItsNameAndNothingIsStored() {
        String id = given.issued(LANG_TRON);
        int events = stream(id).size();
        byte[] program = "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        Answer programAsPhoto = upload(http, CHAIR, assignment(id, LANG_TRON), "anh.jpg", "image/jpeg", program, null);
        Answer pageAsPdf = upload(http, CHAIR, assignment(id, LANG_TRON), "bao-cao.pdf", "application/pdf", page, null);

        assertThat(programAsPhoto.status()).as(programAsPhoto.body()).isEqualTo(415);
        assertThat(pageAsPdf.status()).as(pageAsPdf.body()).isEqualTo(415);
        assertThat(files.contains(Sha256.of(program))).isFalse();
        assertThat(files.contains(Sha256.of(page))).isFalse();
        assertThat(stream(id)).hasSize(events);
    }

    @Test
    void anUploadWithoutAFileIsRefusedWith400NamingTheField() {
        String id = given.issued(LANG_TRON);

        Answer answer = upload(http, CHAIR, assignment(id, LANG_TRON), null, null, null, "chỉ có chú thích");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
    }

    @Test
    void anotherCommuneNeitherUploadsToNorReadsTheAssignmentsFiles() {
        String id = given.issued(LANG_TRON, DAT_MUI);
        String attachmentId = upload(http, CHAIR, assignment(id, LANG_TRON), "anh.jpg", "image/jpeg", photo(4, 5_000),
                null).text("attachmentId");
        byte[] intruding = pdf("không phải của xã này " + UUID.randomUUID());

        Answer upload = upload(http, OTHER_CHAIR, assignment(id, LANG_TRON), "gia.pdf", "application/pdf", intruding, null);
        HttpResponse<byte[]> read = download(OTHER_CHAIR, assignment(id, LANG_TRON) + "/" + attachmentId);
        Answer list = http.get(OTHER_CHAIR, assignment(id, LANG_TRON));

        assertThat(upload.status()).isEqualTo(403);
        assertThat(files.contains(Sha256.of(intruding))).isFalse();
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(list.status()).isEqualTo(403);
    }

    @Test
    void theProvinceAttachesItsSignedDocumentToTheDirectiveForEveryAssignedCommuneToRead() {
        String id = given.issued(LANG_TRON);
        byte[] signed = pdf("Công văn số 1234/UBND-VP đã ký số " + UUID.randomUUID());

        Answer answer = upload(http, "leader", "/api/directives/" + id + "/attachments", "1234-UBND-VP.pdf",
                "application/pdf", signed, "Văn bản chỉ đạo đã ký");
        String path = "/api/directives/" + id + "/attachments/" + answer.text("attachmentId");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(download(CHAIR, path).body()).isEqualTo(signed);
        assertThat(download(OTHER_CHAIR, path).statusCode()).as("not assigned to Đất Mũi").isEqualTo(403);
        assertThat(upload(http, CHAIR, "/api/directives/" + id + "/attachments", "x.pdf", "application/pdf",
                pdf("xã gửi lên cấp chỉ thị"), null).status()).isEqualTo(403);
    }

    @Test
    void anUnknownAttachmentIsNotFound() {
        String id = given.issued(LANG_TRON);

        assertThat(download("leader", assignment(id, LANG_TRON) + "/khong-co").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String account, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(http.request(path, account, "demo").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
