package io.nocvault.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Downloads of a comparison: the unified diff as a {@code .diff} file and both texts as a ZIP, with file names
 * made from the labels (only letters, digits, {@code .}, {@code -} and {@code _}; never a path).
 */
public final class CompareDownloads {

    /** Content type of the {@code .diff} download. */
    public static final String DIFF_CONTENT_TYPE = "text/x-diff; charset=UTF-8";

    /** Content type of the ZIP download. */
    public static final String ZIP_CONTENT_TYPE = "application/zip";

    private static final int MAX_NAME = 80;

    private CompareDownloads() {}

    /** The unified diff, UTF-8 encoded (empty for identical texts). */
    public static byte[] diffFile(Comparison comparison) {
        return comparison.unifiedDiff().getBytes(StandardCharsets.UTF_8);
    }

    /** File name of the diff, e.g. {@code core-sw1_v11_vs_core-sw1_v12.diff}. */
    public static String diffFileName(Comparison comparison) {
        return pairName(comparison.fromLabel(), comparison.toLabel()) + ".diff";
    }

    /** File name of the ZIP of both texts. */
    public static String zipFileName(ComparedText from, ComparedText to) {
        return pairName(from.label(), to.label()) + ".zip";
    }

    /** Both texts as a ZIP, one {@code .txt} entry each, written to {@code out} (which stays open). */
    public static void writeZip(ComparedText from, ComparedText to, OutputStream out) throws IOException {
        String fromName = fileName(from.label());
        String toName = fileName(to.label());
        if (fromName.equals(toName)) {
            fromName += "-1";
            toName += "-2";
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, fromName + ".txt", from.text());
        entry(zip, toName + ".txt", to.text());
        zip.finish();
    }

    /** Both texts as a ZIP in memory. */
    public static byte[] zip(ComparedText from, ComparedText to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeZip(from, to, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A label as a file name (without extension): every run of other characters becomes {@code _}, dots and
     * underscores at either end are dropped, at most 80 characters; {@code "version"} when nothing is left.
     */
    public static String fileName(String label) {
        String name = label.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+|[._]+$", "");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME).replaceAll("[._]+$", "");
        }
        return name.isEmpty() ? "version" : name;
    }

    private static String pairName(String fromLabel, String toLabel) {
        return fileName(fromLabel) + "_vs_" + fileName(toLabel);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
