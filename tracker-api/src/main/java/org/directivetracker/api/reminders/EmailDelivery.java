package org.directivetracker.api.reminders;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.directivetracker.api.contacts.Contact;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reminders by e-mail through Spring's mail sender (the SMTP server of {@code spring.mail.*}). */
public class EmailDelivery implements DeliveryChannel {

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
            MimeMessage message = new KeyedMimeMessage(mailSender.createMimeMessage(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(recipient);
            helper.setSubject(text.subject());
            helper.setText(text.body());
            mailSender.send(message);
            return messageId;
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException("e-mail not accepted: " + e.getClass().getSimpleName(), e);
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
