package io.canale.shared.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded store, used when no MongoDB is configured.
 *
 * @param dataDir where the file-backed store keeps its file ({@code canale.mv})
 * @param inMemory keep everything in memory instead (tests, benchmarks); nothing survives the process
 * @param commit when a write is committed, relative to its acknowledgement
 */
@ConfigurationProperties("canale.embedded")
record EmbeddedStoreProperties(Path dataDir, boolean inMemory, EmbeddedCommit commit) {

    EmbeddedStoreProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data");
        commit = commit != null ? commit : EmbeddedCommit.SYNC;
    }
}
