package io.canale.shared.mongo.indexes;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes what the {@link QueryShapeRecorder} saw when the test run ends (registered as a JUnit Platform
 * service), to the file {@code IndexCoverageIT} checks after the suite.
 */
public class QueryShapeFile implements LauncherSessionListener {

    /** Set by the build; the default serves a run from the module directory. */
    static Path location() {
        return Path.of(System.getProperty("canale.query-shapes", "target/index-coverage/query-shapes.jsonl"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!QueryShapeRecorder.INSTANCE.shapes().isEmpty()) {
            QueryShapeRecorder.INSTANCE.writeTo(location());
        }
    }
}
