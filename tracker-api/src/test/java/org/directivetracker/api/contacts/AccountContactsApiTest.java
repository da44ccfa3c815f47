package org.directivetracker.api.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An account's own contact, and department codes checked against the province's list of departments. */
class AccountContactsApiTest extends ApiTest {

    @Autowired
    ContactBook contacts;

    Answer send(String account, String method, String path, String json) {
        HttpRequest.Builder request = http.request(path, account, "demo").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http.send(request.build());
    }

    @Test
    void canKeepReadAndEraseAnAccountsOwnContact() {
        String path = "/api/contacts/accounts/chair-" + DAT_MUI;
        Answer put = send("leader", "PUT", path, "{\"email\":\"chutich.datmui@camau.gov.vn\",\"phone\":\"0987654321\"}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.text("account")).isEqualTo("chair-" + DAT_MUI);

        Answer read = http.get("leader", path);
        assertThat(read.text("email")).isEqualTo("chutich.datmui@camau.gov.vn");
        assertThat(read.text("phone")).isEqualTo("0987654321");
        assertThat(read.json().get("zaloId").isNull()).isTrue();

        assertThat(send("leader", "DELETE", path, null).status()).isEqualTo(204);
        assertThat(http.get("leader", path).status()).isEqualTo(404);
        assertThat(send("leader", "DELETE", path, null).status()).isEqualTo(404);
        assertThat(contacts.findAccount("chair-" + DAT_MUI)).as("erased, not hidden").isEmpty();
    }

    @Test
    void cannotKeepAContactForAnAccountThatDoesNotExist() {
        Answer answer = send("leader", "PUT", "/api/contacts/accounts/chair-99999", "{\"email\":\"ai@camau.gov.vn\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(http.get("leader", "/api/contacts/accounts/nobody").status()).isEqualTo(404);
    }

    @Test
    void cannotKeepAnAccountsContactWithAMalformedPhone() {
        // Đá Bạc's chair: no other test keeps a contact for it
        Answer answer = send("leader", "PUT", "/api/contacts/accounts/chair-32104", "{\"phone\":\"12345\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"phone\"");
        assertThat(contacts.findAccount("chair-32104")).isEmpty();
    }

    @Test
    void canKeepADepartmentsContactOfTheProvincesList() {
        Answer answer = send("leader", "PUT", "/api/contacts/SXD", "{\"email\":\"vanphong.sxd@camau.gov.vn\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(http.get("leader", "/api/contacts/SXD").text("email")).isEqualTo("vanphong.sxd@camau.gov.vn");
    }

    @Test
    void cannotKeepAContactForADepartmentNotOnTheProvincesList() {
        Answer answer = send("leader", "PUT", "/api/contacts/SXYZ", "{\"email\":\"ai@camau.gov.vn\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\"");
        assertThat(contacts.find("SXYZ")).isEmpty();
    }
}
