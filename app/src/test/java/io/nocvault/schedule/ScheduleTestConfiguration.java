package io.nocvault.schedule;

import io.nocvault.noc.NocScope;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The module boundary of schedule tests: recording implementations of {@code backup.BackupRuns} and
 * {@code inventory.DevicePinger}, devices in memory, and a clock the tests set (db-scheduler reads it too). All
 * primary, so that they win over the real beans once those exist.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScheduleTestConfiguration {

    @Bean
    @Primary
    SettableClock scheduleTestClock() {
        return new SettableClock();
    }

    @Bean
    @Primary
    RecordingBackupRuns recordingBackupRuns(SettableClock clock) {
        return new RecordingBackupRuns(clock);
    }

    @Bean
    @Primary
    RecordingPinger recordingPinger() {
        return new RecordingPinger();
    }

    @Bean
    @Primary
    TestDevices testDevices(NocScope scope) {
        return new TestDevices(scope);
    }
}
