package io.nocvault.simulator.internal.config;

import java.util.List;

/** Generates a platform's config; the result must be deterministic for a given {@link GenContext}. */
@FunctionalInterface
public interface ConfigGenerator {
    List<String> generate(GenContext context);
}
