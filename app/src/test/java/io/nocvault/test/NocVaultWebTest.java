package io.nocvault.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A {@link NocVaultTest} with {@code MockMvc} and the application's real security. Authenticate requests with
 * {@link TestPrincipals#as} or {@link TestUsers#session}. Test classes with this annotation (and nothing else that
 * changes the context) share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@NocVaultTest
@AutoConfigureMockMvc
public @interface NocVaultWebTest {}
