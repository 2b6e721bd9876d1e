package io.canale;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature modules talk only through each other's public API, without cycles. The module docs are written
 * by the build ({@link ModuleDocumentation}), not by a test.
 */
class ModularityTests {

    @Test
    void feature_modules_respect_their_boundaries() {
        ApplicationModules.of(CanaleApplication.class).verify();
    }
}
