package io.nocvault.schedule;

import io.nocvault.test.NocVaultWebTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A web test of the schedule module with {@link ScheduleTestConfiguration} and db-scheduler polling every 100 ms.
 * Test classes with this annotation share one application context (and its clock): use unique schedule names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@NocVaultWebTest
@Import(ScheduleTestConfiguration.class)
@TestPropertySource(properties = {"nocvault.schedule.poll-interval=100ms", "nocvault.schedule.shutdown-wait=2s"})
public @interface ScheduleTest {}
