package io.canale.shared.embedded;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded store, used when no MongoDB is configured.
 *
 * @param dataDir where the file-backed store keeps its file ({@code canale.mv})
 * @param inMemory keep everything in memory instead (tests, benchmarks); nothing survives the process
 * @param commit when a write is committed, relative to its acknowledgement
 * @param warnDocuments a collection holding more documents than this gets one warning in the log: the embedded store
 *        serves queries without secondary indexes, so lists of such a collection slow down with its size (see the
 *        README's scale figures); time to move to a MongoDB replica set
 * @param sizeCheckInterval how often the collection sizes are looked at
 */
@ConfigurationProperties("canale.embedded")
record EmbeddedStoreProperties(Path dataDir, boolean inMemory, EmbeddedCommit commit, Long warnDocuments,
        Duration sizeCheckInterval) {

    static final long DEFAULT_WARN_DOCUMENTS = 100_000;

    EmbeddedStoreProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data");
        commit = commit != null ? commit : EmbeddedCommit.SYNC;
        warnDocuments = warnDocuments != null ? warnDocuments : DEFAULT_WARN_DOCUMENTS;
        sizeCheckInterval = sizeCheckInterval != null ? sizeCheckInterval : Duration.ofMinutes(10);
    }
}
