package io.canale.shared.embedded;

/**
 * When the file-backed embedded store commits a write, relative to the answer that acknowledges it
 * ({@code canale.embedded.commit}).
 */
enum EmbeddedCommit {

    /**
     * Committed and forced to the disk (fsync) before the answer: an acknowledged write survives a crash of
     * the process and a power loss. Concurrent writers share one commit. The default.
     */
    SYNC,

    /**
     * Committed to the file before the answer, without fsync: an acknowledged write survives a crash of the
     * process (the operating system still has it), not a power loss or a crash of the operating system.
     */
    WRITE,

    /**
     * Committed in the background about once a second, after the answer: a crash of the process loses the
     * writes of the last second. The store's own default, kept for comparison in the benchmark.
     */
    BACKGROUND
}
