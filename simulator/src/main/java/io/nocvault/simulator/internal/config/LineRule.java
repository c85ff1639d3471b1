package io.nocvault.simulator.internal.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one kind of volatile or header line of a platform behaves: which lines it owns, what a read prints for them
 * and what normalisation keeps of them.
 */
public interface LineRule {

    boolean matches(String line, int index);

    /** The line as a read prints it. */
    String refresh(String line, ReadStamp stamp, int index);

    /** The line as {@code currentConfig()} shows it; {@code null} drops it. */
    default String normalize(String line) {
        return null;
    }

    /** A header line that never changes but is not part of the config body (dropped by normalisation). */
    static LineRule header(String prefix) {
        return new Prefixed(prefix, null);
    }

    /** A line starting with {@code prefix} whose whole text is regenerated on every read. */
    static LineRule stamped(String prefix, Function<ReadStamp, String> fresh) {
        return new Prefixed(prefix, fresh);
    }

    /** A first line matching {@code pattern}, regenerated on every read. */
    static LineRule firstLine(Pattern pattern, Function<ReadStamp, String> fresh) {
        return new LineRule() {
            @Override
            public boolean matches(String line, int index) {
                return index == 0 && pattern.matcher(line).matches();
            }

            @Override
            public String refresh(String line, ReadStamp stamp, int index) {
                return fresh.apply(stamp);
            }
        };
    }

    /** FortiOS: every {@code ENC <base64>} value is re-salted on each read and normalised to {@code ENC <removed>}. */
    static LineRule reSalted() {
        return new ReSalted();
    }

    record Prefixed(String prefix, Function<ReadStamp, String> fresh) implements LineRule {
        @Override
        public boolean matches(String line, int index) {
            return line.startsWith(prefix);
        }

        @Override
        public String refresh(String line, ReadStamp stamp, int index) {
            return fresh == null ? line : fresh.apply(stamp);
        }
    }

    final class ReSalted implements LineRule {
        private static final Pattern ENC = Pattern.compile("ENC (\\S+)");

        @Override
        public boolean matches(String line, int index) {
            return line.contains("ENC ");
        }

        @Override
        public String refresh(String line, ReadStamp stamp, int index) {
            Matcher m = ENC.matcher(line);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, "ENC " + salted(m.group(1), stamp.counter(), index));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String normalize(String line) {
            return ENC.matcher(line).replaceAll("ENC <removed>");
        }

        private static String salted(String canonical, long counter, int index) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] out = new byte[66];
                for (int block = 0; block * 32 < out.length; block++) {
                    sha.update(
                            (canonical + '/' + counter + '/' + index + '/' + block).getBytes(StandardCharsets.UTF_8));
                    byte[] digest = sha.digest();
                    System.arraycopy(digest, 0, out, block * 32, Math.min(32, out.length - block * 32));
                }
                return Base64.getEncoder().encodeToString(out);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
