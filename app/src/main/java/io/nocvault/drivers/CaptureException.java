package io.nocvault.drivers;

/**
 * A classified capture failure: what went wrong ({@link #kind()}) and at which step of the dialog ({@link
 * #step()}, e.g. {@code login}, {@code enable}, {@code command 'show running-config'}). Messages never contain
 * a password or enable secret.
 */
public class CaptureException extends RuntimeException {

    private final FailureKind kind;
    private final String step;

    public CaptureException(FailureKind kind, String step, String detail) {
        this(kind, step, detail, null);
    }

    public CaptureException(FailureKind kind, String step, String detail, Throwable cause) {
        super(kind.description() + (step == null ? "" : " at " + step) + (detail == null ? "" : ": " + detail), cause);
        this.kind = kind;
        this.step = step;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The dialog step that failed, or {@code null} when the failure precedes the dialog (e.g. DNS). */
    public String step() {
        return step;
    }
}
