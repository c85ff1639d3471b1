package io.nocvault.compare;

import io.nocvault.compare.internal.DiffEngine;
import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.SecretMasker;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Compares two configuration texts. Both sides are prepared alike (volatile lines dropped, then secrets masked,
 * as the options say) and then diffed line by line; line numbers in the result refer to the prepared texts.
 */
@Component
public class ConfigComparer {

    private final ConfigNormalizer normalizer;
    private final SecretMasker masker;

    public ConfigComparer(ConfigNormalizer normalizer, SecretMasker masker) {
        this.normalizer = normalizer;
        this.masker = masker;
    }

    /** Compares {@code from} (old) with {@code to} (new). */
    public Comparison compare(ComparedText from, ComparedText to, CompareOptions options) {
        return DiffEngine.compare(prepare(from, options), prepare(to, options), options.contextLines());
    }

    /** The text as it is compared (and as a download of the compared versions should contain it). */
    public ComparedText prepare(ComparedText text, CompareOptions options) {
        return new ComparedText(text.label(), options.prepare(text.text()));
    }

    /**
     * Options that use drivers' rules: their normalization for "ignore volatile lines" and their mask patterns for
     * "mask secrets". Comparing devices of two types, pass both drivers: each one's rules are applied in turn, to
     * both sides alike.
     */
    public CompareOptions options(
            int contextLines, boolean ignoreVolatileLines, boolean maskSecrets, Driver... drivers) {
        List<Driver> distinct = Stream.of(drivers).distinct().toList();
        CompareOptions options = CompareOptions.defaults().withContext(contextLines);
        if (ignoreVolatileLines) {
            options = options.ignoringVolatileLines(text -> applyAll(distinct, text, normalizer::normalize));
        }
        if (maskSecrets) {
            options = options.maskingSecrets(text -> applyAll(distinct, text, masker::mask));
        }
        return options;
    }

    private static String applyAll(List<Driver> drivers, String text, BiFunction<Driver, String, String> rule) {
        String result = text;
        for (Driver driver : drivers) {
            result = rule.apply(driver, result);
        }
        return result;
    }
}
