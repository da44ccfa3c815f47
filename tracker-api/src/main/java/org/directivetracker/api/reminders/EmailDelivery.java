package org.directivetracker.api.reminders;

import java.io.UnsupportedEncodingException;
import java.util.Optional;

import org.directivetracker.api.contacts.Contact;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reminders by e-mail through Spring's mail sender (the SMTP server of {@code spring.mail.*}). */
public class EmailDelivery implements DeliveryChannel {

    private static final String UTF_8 = "UTF-8";

    private final JavaMailSender mailSender;
    private final ReminderProperties.Email settings;

    public EmailDelivery(JavaMailSender mailSender, ReminderProperties.Email settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public ReminderProperties.Retry retry() {
        return settings.retry();
    }

    @Override
    public Optional<String> recipient(Contact contact) {
        return Optional.ofNullable(contact.email());
    }

    @Override
    public String send(OutboxEntry entry, String recipient, String key, ReminderMessages.Text text) throws DeliveryFailedException {
        String messageId = "<" + key.replaceAll("[^A-Za-z0-9.-]", ".") + "@directive-tracker>";
        try {
            // plain text set on the message itself: Spring's MimeMessageHelper reads the file type map from the class
            // path anew for every message not made by the sender (this one keeps its Message-ID)
            MimeMessage message = new KeyedMimeMessage(mailSender.createMimeMessage(), messageId);
            message.setFrom(address(settings.from()));
            message.setRecipient(Message.RecipientType.TO, address(recipient));
            message.setSubject(text.subject(), UTF_8);
            message.setText(text.body(), UTF_8);
            mailSender.send(message);
            return messageId;
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException("e-mail not accepted: " + e.getClass().getSimpleName(), e);
        }
    }

    /** One address, as Spring's helper parses it: its display name (Vietnamese, often) encoded in UTF-8. */
    private static InternetAddress address(String address) throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(address);
        if (parsed.length != 1) {
            throw new AddressException("not one address", address);
        }
        try {
            return new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
    }

    /** Keeps the outbox entry's Message-ID, which jakarta.mail would otherwise replace with a random one on saving. */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String messageId;

        KeyedMimeMessage(MimeMessage created, String messageId) {
            super(created.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
