package io.nocvault.audit;

import io.nocvault.test.NocVaultTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with MockMvc and the {@link TestNocScope}; every audit test class uses exactly this, so
 * they share one application context and one database: give test data unique names ({@link Unique}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@NocVaultTest
@AutoConfigureMockMvc
@Import(AuditTestConfiguration.class)
public @interface AuditAppTest {}
