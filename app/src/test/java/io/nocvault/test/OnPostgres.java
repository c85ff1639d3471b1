package io.nocvault.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link NocVaultTest} on a real PostgreSQL (embedded binaries, one server per test JVM, a new database
 * per application context) instead of H2. Typical use: {@code @OnPostgres class FooPostgresTest extends FooTest {}}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface OnPostgres {}
