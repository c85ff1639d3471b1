package io.nocvault.notify;

import io.nocvault.test.NocVaultWebTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link NocVaultWebTest} with notify settings that make tests quick: short backoff, timeout and batch window, a
 * known base URL. Every notify test class uses it, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@NocVaultWebTest
@TestPropertySource(
        properties = {
            "nocvault.base-url=https://nocvault.example",
            "nocvault.notify.backoff=200ms",
            "nocvault.notify.timeout=2s",
            "nocvault.notify.batch-window=3s",
            "nocvault.notify.max-attempts=3",
            "nocvault.notify.suppress-repeats=1h"
        })
public @interface NotifyTest {}
