package io.nocvault.test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives {@link NocVaultTest} application contexts their own database (H2 in memory, or a new database on the
 * shared embedded PostgreSQL for {@link OnPostgres} tests) and their own data directory. Registered in
 * {@code META-INF/spring.factories} of the test resources.
 */
public class IsolatedDatabaseCustomizerFactory implements ContextCustomizerFactory {

    /** The head admin's first password in tests (what {@code NOCVAULT_ADMIN_PASSWORD} gives in production). */
    public static final String ADMIN_PASSWORD = "Initial-Admin-Pass-1";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!AnnotatedElementUtils.hasAnnotation(testClass, NocVaultTest.class)) {
            return null;
        }
        return new Customizer(AnnotatedElementUtils.hasAnnotation(testClass, OnPostgres.class));
    }

    private record Customizer(boolean postgres) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> props = new HashMap<>();
            Path dataDir = Path.of("target", "test-data", id).toAbsolutePath();
            props.put("nocvault.data-dir", dataDir.toString());
            props.put("nocvault.admin.initial-password", ADMIN_PASSWORD);
            if (postgres) {
                props.put("spring.datasource.url", EmbeddedPostgresServer.get().createDatabase("nv_" + id));
                props.put("spring.datasource.username", EmbeddedPostgresServer.USER);
                props.put("spring.datasource.password", "");
            } else {
                props.put(
                        "spring.datasource.url",
                        "jdbc:h2:mem:" + id + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolated-test-db", props));
        }
    }
}
