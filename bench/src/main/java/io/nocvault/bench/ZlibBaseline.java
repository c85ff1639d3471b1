package io.nocvault.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * The stores NocVault's is compared with: plain files, git's loose objects (each distinct version zlib-compressed
 * on its own, as {@code git add} writes them) and, when {@code git} is installed, a real repository after
 * {@code git gc --aggressive} (delta-compressed packs, unencrypted).
 */
final class ZlibBaseline {

    private ZlibBaseline() {}

    static long plainBytes(List<String> versions) {
        return versions.stream()
                .mapToLong(v -> v.getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }

    /** Bytes of git-style loose objects: zlib of {@code "blob <size>\0" + content}, one per distinct content. */
    static long looseObjectBytes(List<String> versions) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (String version : versions) {
            byte[] content = version.getBytes(StandardCharsets.UTF_8);
            byte[] header = ("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII);
            byte[] object = new byte[header.length + content.length];
            System.arraycopy(header, 0, object, 0, header.length);
            System.arraycopy(content, 0, object, header.length, content.length);
            if (seen.add(sha1(object))) {
                total += deflate(object);
            }
        }
        return total;
    }

    /** Size of {@code .git/objects} after committing every version and {@code git gc --aggressive}; -1 without git. */
    static long gitPackBytes(List<String> versions, Path work) throws IOException, InterruptedException {
        Path repo = Files.createDirectories(work.resolve("git-baseline"));
        if (!git(repo, "init", "-q")) {
            return -1;
        }
        Path file = repo.resolve("running-config");
        for (int day = 0; day < versions.size(); day++) {
            Files.writeString(file, versions.get(day));
            git(repo, "add", "running-config");
            git(repo, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", "day " + day);
        }
        git(repo, "gc", "--aggressive", "-q");
        try (Stream<Path> files = Files.walk(repo.resolve(".git").resolve("objects"))) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(ZlibBaseline::size)
                    .sum();
        }
    }

    private static boolean git(Path repo, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(repo.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException noGit) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = 0;
        while (!deflater.finished()) {
            length += deflater.deflate(buffer);
        }
        deflater.end();
        return length;
    }

    private static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
