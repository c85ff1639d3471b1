package io.nocvault.notify.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.notify.NotificationChannelChanged;
import io.nocvault.secrets.SecretBox;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deletes, reads and tests channels. Secrets are sealed with {@link SecretBox} and only opened
 * for sending ({@link #enabledSettings()}); nothing here returns them.
 */
@Service
@Transactional
public class ChannelService {

    static final String SECRET_PURPOSE = "notify.channel.secret";

    private final ChannelStore store;
    private final ChannelValidation validation;
    private final SecretBox secrets;
    private final ChannelTester tester;
    private final ApplicationEventPublisher events;

    ChannelService(
            ChannelStore store,
            ChannelValidation validation,
            SecretBox secrets,
            ChannelTester tester,
            ApplicationEventPublisher events) {
        this.store = store;
        this.validation = validation;
        this.secrets = secrets;
        this.tester = tester;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ChannelDetails> list() {
        return store.all().stream().map(ChannelService::details).toList();
    }

    @Transactional(readOnly = true)
    public ChannelDetails get(long id) {
        return details(load(id));
    }

    /** The problems {@code command} would have for channel {@code id} (null when creating); nothing is stored. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(ChannelCommand command, Long id) {
        boolean storedSecret = id != null && load(id).secretSealed() != null;
        return validation.problems(command, storedSecret);
    }

    public ChannelDetails create(ChannelCommand command) {
        requireValid(command, null);
        long id = store.insert(command, secrets.seal(command.secret(), SECRET_PURPOSE), Instant.now());
        publish("created", id, command, true, null);
        return get(id);
    }

    public ChannelDetails update(long id, ChannelCommand command) {
        ChannelStore.Row current = load(id);
        requireValid(command, id);
        String sealed = current.secretSealed();
        if (command.secret() != null) {
            sealed = secrets.seal(command.secret(), SECRET_PURPOSE);
        } else if (command.clearSecret()) {
            sealed = null;
        }
        store.update(id, command, sealed, Instant.now());
        publish("updated", id, command, true, command.secret() != null ? "secret replaced" : null);
        return get(id);
    }

    public void delete(long id) {
        ChannelStore.Row current = load(id);
        store.delete(id);
        events.publishEvent(new NotificationChannelChanged(
                Origin.current(), "deleted", id, current.name(), current.type().name(), true, null));
    }

    /**
     * Sends a test message through the channel now and answers what the channel said. {@code to} is a phone
     * number (WhatsApp) or an e-mail address (e-mail); webhooks ignore it.
     */
    public ChannelAnswer test(long id, String to) {
        ChannelStore.Row row = load(id);
        ChannelAnswer answer = tester.test(settings(row), to, Origin.current().actor());
        events.publishEvent(new NotificationChannelChanged(
                Origin.current(), "tested", id, row.name(), row.type().name(), answer.ok(), answer.summary()));
        return answer;
    }

    /** The enabled channels with their secrets opened, for sending. */
    @Transactional(readOnly = true)
    public List<ChannelSettings> enabledSettings() {
        return store.enabled().stream().map(this::settings).toList();
    }

    private ChannelSettings settings(ChannelStore.Row row) {
        return new ChannelSettings(
                row.id(),
                row.name(),
                row.type(),
                row.url(),
                row.username(),
                secrets.open(row.secretSealed(), SECRET_PURPOSE),
                row.bodyTemplate(),
                row.smtpHost(),
                row.smtpPort() == null ? 0 : row.smtpPort(),
                row.tlsMode(),
                row.fromAddress());
    }

    private ChannelStore.Row load(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Notification channel", id));
    }

    private void requireValid(ChannelCommand command, Long id) {
        List<FieldProblem> problems = problems(command, id);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (store.nameTaken(command.name(), id)) {
            throw new ConflictException("name", "A channel named \"" + command.name() + "\" already exists");
        }
    }

    private void publish(String change, long id, ChannelCommand command, boolean success, String detail) {
        events.publishEvent(new NotificationChannelChanged(
                Origin.current(), change, id, command.name(), command.type().name(), success, detail));
    }

    private static ChannelDetails details(ChannelStore.Row r) {
        return new ChannelDetails(
                r.id(),
                r.name(),
                r.type(),
                r.enabled(),
                r.url(),
                r.username(),
                r.secretSealed() != null,
                r.bodyTemplate(),
                r.smtpHost(),
                r.smtpPort(),
                r.tlsMode(),
                r.fromAddress(),
                r.createdAt(),
                r.updatedAt());
    }
}
