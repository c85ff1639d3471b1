package io.nocvault.drivers;

/**
 * One dialog with one device over one {@link CliChannel}, opened by {@link DialogEngine#open}. The transport
 * calls {@link #onData} from its reader as bytes arrive and {@link #onClosed()} at end of stream; another thread
 * (usually the one that opened the dialog) calls {@link #capture()} or {@link #restore(String)}, which block
 * until the dialog is done and throw a {@link CaptureException} on failure. A dialog is used for one run.
 */
public interface CliDialog {

    /** Bytes from the device (UTF-8; a multi-byte character may be split across calls). */
    void onData(byte[] data, int offset, int length);

    /** Text from the device. */
    void onData(CharSequence text);

    /** The device closed the channel. */
    void onClosed();

    /**
     * Waits for the prompt and enables when the driver has an enable dialog, then logs out: proves that the
     * device can be driven ("test connection"). Returns the prompt it reached.
     */
    String probe();

    /** Waits for the prompt, enables, disables paging, runs every capture command, checks the config, logs out. */
    CaptureResult capture();

    /**
     * Runs the driver's restore procedure with the given configuration (as captured), then captures again and
     * logs out. Throws {@link UnsupportedOperationException} when the driver declares no restore procedure.
     */
    CaptureResult restore(String config);
}
