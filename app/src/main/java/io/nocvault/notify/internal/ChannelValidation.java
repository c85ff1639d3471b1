package io.nocvault.notify.internal;

import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every rule a channel must satisfy before it is stored: the field constraints of {@link ChannelCommand} and, per
 * type, the fields it needs. Also the defaults a channel gets when a field is left empty.
 */
@Component
class ChannelValidation {

    /**
     * The WhatsApp request body when none is configured. Seed 000 names only the API's URL, user and password, so
     * NocVault sends the recipient's number and the text as JSON; change it to what your API expects.
     */
    static final String DEFAULT_WHATSAPP_TEMPLATE = "{\"phone\": \"{{phone}}\", \"message\": \"{{message}}\"}";

    static final String NEEDS_URL = "Enter an http:// or https:// URL";
    static final String NEEDS_HOST = "Enter the SMTP server's host name";
    static final String NEEDS_FROM = "Enter the sender address";
    static final String NEEDS_SECRET = "Enter the signing secret (at least 16 characters)";
    static final String NEEDS_MESSAGE = "The template must contain {{message}}";

    private final Validator validator;

    ChannelValidation(Validator validator) {
        this.validator = validator;
    }

    /** The problems of {@code command}; {@code storedSecret} tells whether the channel already has a secret. */
    List<FieldProblem> problems(ChannelCommand command, boolean storedSecret) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        if (command.type() == null) {
            return problems;
        }
        switch (command.type()) {
            case WHATSAPP -> {
                requireUrl(command, problems);
                if (command.bodyTemplate() != null && !command.bodyTemplate().contains("{{message}}")) {
                    problems.add(new FieldProblem("bodyTemplate", NEEDS_MESSAGE));
                }
            }
            case EMAIL -> {
                if (command.smtpHost() == null) {
                    problems.add(new FieldProblem("smtpHost", NEEDS_HOST));
                }
                if (command.fromAddress() == null) {
                    problems.add(new FieldProblem("fromAddress", NEEDS_FROM));
                }
            }
            case WEBHOOK -> {
                requireUrl(command, problems);
                boolean hasSecret = command.secret() != null || (storedSecret && !command.clearSecret());
                if (!hasSecret || (command.secret() != null && command.secret().length() < 16)) {
                    problems.add(new FieldProblem("secret", NEEDS_SECRET));
                }
            }
        }
        return problems;
    }

    /** The template to store: the given one, or the default for WhatsApp. */
    static String template(ChannelCommand command) {
        if (command.type() != ChannelType.WHATSAPP) {
            return null;
        }
        return command.bodyTemplate() == null ? DEFAULT_WHATSAPP_TEMPLATE : command.bodyTemplate();
    }

    /** The TLS mode to store: the given one, or STARTTLS. */
    static TlsMode tlsMode(ChannelCommand command) {
        return command.tlsMode() == null ? TlsMode.STARTTLS : command.tlsMode();
    }

    /** The port to store: the given one, or the usual port of the TLS mode. */
    static int smtpPort(ChannelCommand command) {
        if (command.smtpPort() != null) {
            return command.smtpPort();
        }
        return switch (tlsMode(command)) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SSL -> 465;
        };
    }

    private static void requireUrl(ChannelCommand command, List<FieldProblem> problems) {
        if (!isHttpUrl(command.url())) {
            problems.add(new FieldProblem("url", NEEDS_URL));
        }
    }

    static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
