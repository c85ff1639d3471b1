package io.nocvault.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Normalization drops only what changes on every read; masking hides secrets and keeps everything else. */
class NormalizerAndMaskerTest {

    final ConfigNormalizer normalizer = new ConfigNormalizer();
    final SecretMasker masker = new SecretMasker();

    static final String IOS_READ_1 = """
            Building configuration...

            Current configuration : 1432 bytes
            !
            ! Last configuration change at 10:02:11 UTC Mon Nov 23 2025 by admin
            ! NVRAM config last updated at 09:58:40 UTC Mon Nov 23 2025 by admin
            hostname R1
            ntp clock-period 17179738
            interface Gi0/0
             description uplink
            end
            """;

    static final String IOS_READ_2 = """
            Building configuration...

            Current configuration : 1433 bytes
            !
            ! Last configuration change at 11:45:00 UTC Tue Nov 24 2025 by netops
            ! NVRAM config last updated at 11:00:00 UTC Tue Nov 24 2025 by netops
            hostname R1
            ntp clock-period 17179812
            interface Gi0/0
             description uplink\t\s
            end

            """;

    @Test
    void readsThatDifferOnlyInVolatileLinesNormalizeIdentically() {
        Driver ios = TestDrivers.builtIn("cisco_ios");

        assertThat(normalizer.normalize(ios, IOS_READ_1)).isEqualTo(normalizer.normalize(ios, IOS_READ_2));
    }

    @Test
    void aRealChangeStillShows() {
        Driver ios = TestDrivers.builtIn("cisco_ios");
        String changed = IOS_READ_2.replace("description uplink", "description uplink to core");

        assertThat(normalizer.normalize(ios, IOS_READ_1)).isNotEqualTo(normalizer.normalize(ios, changed));
    }

    @Test
    void reSaltedFortiosSecretsAndHeadersDoNotCountAsAChange() {
        Driver fortios = TestDrivers.builtIn("fortinet_fortios");
        String read1 = "#config-version=FGT60F-7.0.12:opmode=0\n#conf_file_ver=111\n#buildno=0523\n#global_vdom=1\n"
                + "config system admin\n    edit \"admin\"\n        set password ENC SH2abc==\n    next\nend\n";
        String read2 = read1.replace("111", "222").replace("SH2abc==", "SH2xyz9876==");

        assertThat(normalizer.normalize(fortios, read1)).isEqualTo(normalizer.normalize(fortios, read2));
        assertThat(normalizer.normalize(fortios, read1)).contains("set password ENC <removed>");
        assertThat(normalizer.normalize(fortios, read1.replace("admin\"", "root\"")))
                .isNotEqualTo(normalizer.normalize(fortios, read2));
    }

    @Test
    void normalizationIsStableAndEndsWithOneNewline() {
        Driver ios = TestDrivers.builtIn("cisco_ios");
        String once = normalizer.normalize(ios, "\r\n\nhostname R1  \r\nend\r\n\r\n");

        assertThat(once).isEqualTo("hostname R1\nend\n");
        assertThat(normalizer.normalize(ios, once)).isEqualTo(once);
        assertThat(normalizer.normalize(ios, "\n\n")).isEmpty();
    }

    @Test
    void masksEveryCapturingGroupAndKeepsTheRest() {
        Driver nxos = TestDrivers.builtIn("cisco_nxos");
        String line = "snmp-server user admin network-admin auth md5 0xAAAA priv aes-128 0xBBBB localizedkey\n";

        assertThat(masker.mask(nxos, line))
                .isEqualTo(
                        "snmp-server user admin network-admin auth md5 <removed> priv aes-128 <removed> localizedkey\n");
    }

    @Test
    void masksTheWholeMatchWhenThePatternHasNoGroup() {
        Driver driver = TestDrivers.derived("linux", "mask: ['token=\\w+']");

        assertThat(masker.mask(driver, "a token=abc123 b\nno secret")).isEqualTo("a <removed> b\nno secret");
    }

    @Test
    void aDriverWithoutMaskRulesShowsTheTextUnchanged() {
        assertThat(masker.mask(TestDrivers.builtIn("linux"), "127.0.0.1 localhost\n"))
                .isEqualTo("127.0.0.1 localhost\n");
    }
}
