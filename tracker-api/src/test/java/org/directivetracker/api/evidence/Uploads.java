package org.directivetracker.api.evidence;

import org.directivetracker.api.support.Http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/** Multipart uploads as a browser sends them, and files that look like what communes send. */
final class Uploads {

    private Uploads() {
    }

    static Http.Answer upload(Http http, String account, String path, String fileName, String declaredType,
                              byte[] content, String caption) {
        String boundary = "----tracker" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (caption != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption
                            + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (content != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(content);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest request = http.request(path, account, Http.DEMO_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request);
    }

    /** A JPEG's first bytes followed by noise: recognised as a photo by its content, different for each seed. */
    static byte[] photo(long seed, int size) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        content[0] = (byte) 0xff;
        content[1] = (byte) 0xd8;
        content[2] = (byte) 0xff;
        content[3] = (byte) 0xe0;
        return content;
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
