package io.nocvault.notify.internal;

/**
 * What a channel answered to one attempt: success, the protocol status (HTTP status or SMTP reply code; null when
 * there was no answer, e.g. a timeout) and an excerpt of the answer with secrets removed.
 */
public record ChannelAnswer(boolean ok, Integer status, String excerpt) {

    static final int MAX_EXCERPT = 300;

    public ChannelAnswer {
        excerpt = cut(excerpt);
    }

    static ChannelAnswer failure(String why) {
        return new ChannelAnswer(false, null, why);
    }

    /** {@code text} without any of {@code secrets}, cut to {@value #MAX_EXCERPT} characters. */
    static String redact(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, "***");
            }
        }
        return cut(result);
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip();
        return oneLine.length() <= MAX_EXCERPT ? oneLine : oneLine.substring(0, MAX_EXCERPT) + "…";
    }

    /** For lists: {@code 200 OK-ish excerpt}. */
    public String summary() {
        return (status == null ? "" : status + " ") + (excerpt == null ? "" : excerpt);
    }
}
