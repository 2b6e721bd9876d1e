package io.canale;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams (PlantUML, all modules and one per module) and module canvases. The build runs it
 * in the {@code verify} phase (exec-maven-plugin in backend/pom.xml) with the folder to write to.
 */
public final class ModuleDocumentation {

    private ModuleDocumentation() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModuleDocumentation <output folder>");
        }
        new Documenter(ApplicationModules.of(CanaleApplication.class), Documenter.Options.defaults().withOutputFolder(args[0]))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
