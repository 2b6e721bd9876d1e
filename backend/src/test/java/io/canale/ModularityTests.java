package io.canale;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules talk only through each other's public API, without cycles; writes module docs. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CanaleApplication.class);

    @Test
    void feature_modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
