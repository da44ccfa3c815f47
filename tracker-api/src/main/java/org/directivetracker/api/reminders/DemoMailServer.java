package org.directivetracker.api.reminders;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The demo's mailbox: a small SMTP server on the loopback, in the service's process, that keeps the last messages it
 * received so that a visitor sees on the operations page what communes would get. Only in {@code --demo}; a real
 * deployment sends through the province's SMTP server.
 */
public class DemoMailServer implements AutoCloseable {

    /** One session to parse every message: a session's creation looks up the mail providers on the class path. */
    private static final Session PARSING = Session.getInstance(new Properties());

    private static final int KEPT = 100;

    /** A message as received. */
    public record Mail(Instant receivedAt, String to, String subject, String body) {
    }

    private final ServerSocket socket;
    private final Deque<Mail> received = new ConcurrentLinkedDeque<>();
    private final Thread acceptor;

    public DemoMailServer() {
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("the demo mailbox cannot listen on the loopback", e);
        }
        acceptor = new Thread(this::accept, "demo-mailbox");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Newest first. */
    public List<Mail> received() {
        return new ArrayList<>(received);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // a client that went away, or the server closing: the next one is served
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = client.getOutputStream();
        reply(out, "220 demo-mailbox ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 demo-mailbox");
                case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    keep(readData(in));
                    reply(out, "250 OK");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                // RFC 5321's answer to a command this mail sink does not take (the demo needs only those above)
                default -> reply(out, "502 Command not implemented");
            }
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    private void keep(String data) {
        try {
            MimeMessage message = new MimeMessage(PARSING,
                    new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
            String to = message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
            received.addFirst(new Mail(Instant.now(), to, message.getSubject(), String.valueOf(message.getContent())));
        } catch (Exception e) {
            received.addFirst(new Mail(Instant.now(), "", "(unreadable message)", ""));
        }
        while (received.size() > KEPT) {
            received.pollLast();
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
