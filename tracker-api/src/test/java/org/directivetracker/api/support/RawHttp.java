package org.directivetracker.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.directivetracker.api.support.Http.Answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests an ordinary client refuses to send (raw bytes in a header, an encoded slash or NUL in a path), written
 * on a socket as HTTP/1.0 so that the answer comes unchunked and ends with the connection.
 */
public final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    public static Answer post(Http http, String account, String path, String json, byte[] idempotencyKey) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, "POST " + path + " HTTP/1.0\r\n" + authorization(account) + "Content-Type: application/json\r\n"
                       + "Content-Length: " + body.length + "\r\nIdempotency-Key: ");
        request.writeBytes(idempotencyKey);
        write(request, "\r\n\r\n");
        request.writeBytes(body);
        return send(http, request.toByteArray());
    }

    public static Answer get(Http http, String account, String rawPath) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, "GET " + rawPath + " HTTP/1.0\r\n" + authorization(account) + "\r\n");
        return send(http, request.toByteArray());
    }

    private static String authorization(String account) {
        String credentials = account + ":" + Http.DEMO_PASSWORD;
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer send(Http http, byte[] request) {
        try (Socket socket = new Socket(http.uri("/").getHost(), http.uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, headEnd).split("\r\n");
            String body = response.substring(headEnd + 4);
            int status = Integer.parseInt(head[0].split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(head[i].substring(colon + 1).trim());
            }
            String contentType = headers.getOrDefault("Content-Type", List.of("")).get(0);
            JsonNode json = contentType.toLowerCase(Locale.ROOT).contains("json") && !body.isEmpty() ? JSON.readTree(body) : null;
            return new Answer(status, contentType, body, json, HttpHeaders.of(headers, (name, value) -> true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
