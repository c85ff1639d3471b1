package io.nocvault.drivers;

import io.nocvault.drivers.internal.BuiltInDrivers;
import io.nocvault.drivers.internal.DriverIdentity;
import io.nocvault.drivers.internal.DriverResolver;
import io.nocvault.drivers.internal.DriverSource;
import java.time.Duration;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The built-in drivers and an engine, without Spring, and drivers derived from them for engine tests. */
final class TestDrivers {

    static final BuiltInDrivers BUILT_INS = new BuiltInDrivers(DriverProperties.defaults());
    static final DeviceLogin LOGIN = new DeviceLogin("admin", "Pa55-login", "En4ble-s3cret");
    static final Map<String, String> PLACEHOLDERS =
            Map.of("username", LOGIN.username(), "password", LOGIN.password(), "enable", LOGIN.enableSecret());

    private TestDrivers() {}

    static Driver builtIn(String key) {
        return BUILT_INS.find(key).orElseThrow();
    }

    /** A driver extending a built-in with the given YAML overrides. */
    static Driver derived(String base, String overridesYaml) {
        Map<String, Object> body = new Yaml().load(overridesYaml);
        DriverResolver resolver = new DriverResolver(
                BUILT_INS::source, DriverProperties.defaults().timeouts());
        return resolver.resolve(new DriverSource(new DriverIdentity("test_" + base, "Test", base, false), body));
    }

    static DialogEngine engine() {
        return engine(Duration.ofMillis(500));
    }

    static DialogEngine engine(Duration settle) {
        return new DialogEngine(new DriverProperties(null, null, null, settle));
    }
}
