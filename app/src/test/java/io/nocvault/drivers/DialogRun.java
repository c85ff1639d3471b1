package io.nocvault.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Runs one dialog against a recorded device and reports both sides. */
final class DialogRun {

    private DialogRun() {}

    /** Captures through the recording and checks that every expected send came, and nothing else. */
    static CaptureResult capture(Driver driver, Transcript transcript) throws InterruptedException {
        return capture(driver, transcript, TestDrivers.engine(), Map.of());
    }

    static CaptureResult capture(Driver driver, Transcript transcript, DialogEngine engine, Map<String, String> vars)
            throws InterruptedException {
        RecordedDevice device = new RecordedDevice(transcript);
        CliDialog dialog = engine.open(driver, device, TestDrivers.LOGIN, vars);
        device.attach(dialog);
        CaptureResult result = dialog.capture();
        assertThat(device.problems()).isEmpty();
        return result;
    }

    /** Runs a capture that must fail, and returns the failure. */
    static CaptureException failure(Driver driver, Transcript transcript) {
        RecordedDevice device = new RecordedDevice(transcript);
        CliDialog dialog = TestDrivers.engine().open(driver, device, TestDrivers.LOGIN);
        device.attach(dialog);
        try {
            dialog.capture();
        } catch (CaptureException e) {
            return e;
        }
        throw new AssertionError("the capture did not fail");
    }

    static Transcript transcript(String text) {
        return Transcript.parse(text, TestDrivers.PLACEHOLDERS);
    }
}
