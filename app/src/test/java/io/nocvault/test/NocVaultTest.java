package io.nocvault.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application test on a fresh in-memory H2 database (PostgreSQL mode) and its own data directory under
 * {@code target/test-data} (see {@link IsolatedDatabaseCustomizerFactory}); test classes with the same
 * configuration share one application context and so one database: use unique names in test data. Add
 * {@link OnPostgres} to run the same test on a real embedded PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@ActiveProfiles("test")
public @interface NocVaultTest {}
