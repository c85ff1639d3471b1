package io.nocvault.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The {@code .diff} and ZIP downloads: content and safe file names. */
class CompareDownloadsTest {

    final ComparedText v11 = new ComparedText("core-sw1 · v11 · 2025-11-23 10:02", "hostname a\n");
    final ComparedText v12 = new ComparedText("core-sw1 · v12 · 2025-11-24 11:45", "hostname b\n");

    @Test
    void theDiffFileIsTheUnifiedDiffInUtf8() {
        Comparison c = Texts.COMPARER.compare(v11, v12, CompareOptions.defaults());

        assertThat(new String(CompareDownloads.diffFile(c), StandardCharsets.UTF_8))
                .isEqualTo(c.unifiedDiff())
                .startsWith("--- core-sw1 · v11 · 2025-11-23 10:02\n+++ core-sw1 · v12");
        assertThat(CompareDownloads.diffFileName(c))
                .isEqualTo("core-sw1_v11_2025-11-23_10_02_vs_core-sw1_v12_2025-11-24_11_45.diff");
    }

    @Test
    void theZipHoldsBothTextsUnderTheirLabels() throws IOException {
        Map<String, String> entries = unzip(CompareDownloads.zip(v11, v12));

        assertThat(entries)
                .containsExactly(
                        Map.entry("core-sw1_v11_2025-11-23_10_02.txt", "hostname a\n"),
                        Map.entry("core-sw1_v12_2025-11-24_11_45.txt", "hostname b\n"));
        assertThat(CompareDownloads.zipFileName(v11, v12)).endsWith("_vs_core-sw1_v12_2025-11-24_11_45.zip");
    }

    @Test
    void equalLabelsGetNumberedEntries() throws IOException {
        Map<String, String> entries =
                unzip(CompareDownloads.zip(new ComparedText("R1", "a\n"), new ComparedText("R1", "b\n")));

        assertThat(entries.keySet()).containsExactly("R1-1.txt", "R1-2.txt");
    }

    @Test
    void labelsNeverBecomePaths() {
        assertThat(CompareDownloads.fileName("../../etc/passwd")).isEqualTo("etc_passwd");
        assertThat(CompareDownloads.fileName("..")).isEqualTo("version");
        assertThat(CompareDownloads.fileName("")).isEqualTo("version");
        assertThat(CompareDownloads.fileName("C:\\temp\\x y")).isEqualTo("C_temp_x_y");
        assertThat(CompareDownloads.fileName("a".repeat(200))).hasSize(80);
        assertThat(new ComparedText("two\r\nlines", "").label()).isEqualTo("two lines");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
