package io.nocvault.notify.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.stereotype.Component;

/**
 * SMTP e-mail with Jakarta Mail: one plain-text mail per recipient, subject {@code [NocVault] <subject>}. The TLS
 * mode decides between plain SMTP, STARTTLS (required) and SMTPS; the server's last reply (e.g. {@code 250 OK}) is
 * the channel's answer.
 */
@Component
class EmailSender implements ChannelSender {

    static final String SUBJECT_PREFIX = "[NocVault] ";

    private final NotifyProperties properties;

    EmailSender(NotifyProperties properties) {
        this.properties = properties;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public ChannelAnswer send(ChannelSettings channel, Message message, String to, long deliveryId) {
        boolean ssl = channel.tlsMode() == TlsMode.SSL;
        Session session = Session.getInstance(properties(channel, ssl));
        try (Transport transport = session.getTransport(ssl ? "smtps" : "smtp")) {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(channel.fromAddress(), "NocVault"));
            Address[] recipients = InternetAddress.parse(to, true);
            mail.setRecipients(jakarta.mail.Message.RecipientType.TO, recipients);
            mail.setSubject(SUBJECT_PREFIX + message.subject(), "UTF-8");
            mail.setText(message.text(), "UTF-8");
            mail.setSentDate(Date.from(Instant.now()));
            if (deliveryId > 0) {
                mail.setHeader("X-NocVault-Delivery", Long.toString(deliveryId));
            }
            transport.connect(channel.smtpHost(), channel.smtpPort(), channel.username(), channel.secret());
            transport.sendMessage(mail, recipients);
            return answer(transport, channel);
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            return ChannelAnswer.failure(ChannelAnswer.redact(HttpPoster.describe(e), channel.secret()));
        }
    }

    private static ChannelAnswer answer(Transport transport, ChannelSettings channel) {
        if (transport instanceof SMTPTransport smtp) {
            return new ChannelAnswer(
                    true,
                    smtp.getLastReturnCode(),
                    ChannelAnswer.redact(smtp.getLastServerResponse(), channel.secret()));
        }
        return new ChannelAnswer(true, null, "accepted");
    }

    private Properties properties(ChannelSettings channel, boolean ssl) {
        String protocol = ssl ? "smtps" : "smtp";
        String timeout = Long.toString(properties.timeout().toMillis());
        Properties p = new Properties();
        p.put("mail." + protocol + ".host", channel.smtpHost());
        p.put("mail." + protocol + ".port", Integer.toString(channel.smtpPort()));
        p.put("mail." + protocol + ".auth", Boolean.toString(channel.username() != null));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        if (channel.tlsMode() == TlsMode.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (ssl || channel.tlsMode() == TlsMode.STARTTLS) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }
}
