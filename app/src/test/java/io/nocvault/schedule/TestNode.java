package io.nocvault.schedule;

import io.nocvault.NocVaultApplication;
import io.nocvault.test.IsolatedDatabaseCustomizerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A NocVault node started by hand as its own application context with a real HTTP server on a free port (what a
 * {@code @SpringBootTest} cannot do for several nodes on one database), in the test profile. The properties are
 * passed as command-line arguments, which win over {@code application.yaml}.
 */
final class TestNode {

    private TestNode() {}

    /**
     * Starts a node on the database at {@code url}.
     *
     * @param beans configuration classes with the node's test beans (the module boundary)
     * @param extra more properties, {@code key=value}
     */
    static ConfigurableApplicationContext start(
            String node, String url, String user, Path dataDir, Class<?> beans, String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "test.node=" + node,
                "server.port=0",
                "nocvault.data-dir=" + dataDir,
                "nocvault.admin.initial-password=" + IsolatedDatabaseCustomizerFactory.ADMIN_PASSWORD,
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + user,
                "spring.datasource.password=",
                "nocvault.schedule.poll-interval=50ms",
                "nocvault.schedule.shutdown-wait=2s"));
        properties.addAll(List.of(extra));
        return new SpringApplicationBuilder(NocVaultApplication.class, beans)
                .profiles("test")
                .initializers(c -> c.getBeanFactory().registerSingleton("skipTestComponents", new SkipTestComponents()))
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /** Keeps other tests' configurations (test components) out of the component scan of a node started by hand. */
    static final class SkipTestComponents extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestComponents;
        }

        @Override
        public int hashCode() {
            return SkipTestComponents.class.hashCode();
        }
    }
}
