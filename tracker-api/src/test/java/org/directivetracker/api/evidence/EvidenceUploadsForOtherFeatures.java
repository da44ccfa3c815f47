package org.directivetracker.api.evidence;

import org.directivetracker.api.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload for tests of other features that need evidence on an assignment. */
public final class EvidenceUploadsForOtherFeatures {

    private EvidenceUploadsForOtherFeatures() {
    }

    /** Uploads a photo to the commune's assignment and answers its SHA-256. */
    public static String uploadPhoto(Http http, String account, String directiveId, String commune) {
        Http.Answer answer = Uploads.upload(http, account, "/api/directives/" + directiveId + "/communes/" + commune
                + "/attachments", "hien-trang.jpg", "image/jpeg", Uploads.photo(System.nanoTime(), 20_000), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.text("sha256");
    }
}
