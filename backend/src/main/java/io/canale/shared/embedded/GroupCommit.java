package io.canale.shared.embedded;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: a writer calls {@link #awaitDurable()} after its write and returns once a commit that
 * <em>started after the call</em> has succeeded, so the commit covers the write. One of the waiting writers
 * runs the commit for all of them; writers that arrive during a commit wait for the next one, which then
 * covers them all. Under load, one commit (and one fsync) serves many writers; alone, a writer pays for one
 * commit.
 */
final class GroupCommit {

    /** Thrown to the writers a failed commit was meant to cover. */
    static final class CommitFailedException extends RuntimeException {
        CommitFailedException(Throwable cause) {
            super("the commit failed: " + cause, cause);
        }
    }

    private final Runnable commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finishedOne = lock.newCondition();
    // Commits are numbered from 1, run one at a time and finish in the order they start.
    private long started;
    private long finished;
    private long lastSucceeded;
    private Throwable lastFailure;
    private boolean running;

    /** @param commit makes every write completed before it started durable; runs on a writer's thread */
    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once the writes this thread completed before the call are durable; throws if they may not be. */
    void awaitDurable() {
        lock.lock();
        try {
            long needed = started + 1;
            while (finished < needed) {
                if (running) {
                    finishedOne.awaitUninterruptibly();
                } else {
                    lead();
                }
            }
            if (lastSucceeded < needed) {
                throw new CommitFailedException(lastFailure);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Number of commits run so far. */
    long commits() {
        lock.lock();
        try {
            return finished;
        } finally {
            lock.unlock();
        }
    }

    /** Number of writers waiting for a commit that another writer runs. */
    int waitingWriters() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(finishedOne);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the next commit on this thread, without holding the lock while it runs. */
    private void lead() {
        running = true;
        long number = ++started;
        boolean succeeded = false;
        RuntimeException failure = null;
        lock.unlock();
        try {
            commit.run();
            succeeded = true;
        } catch (RuntimeException ex) {
            failure = ex;
        } finally {
            lock.lock();
            running = false;
            finished = number;
            if (succeeded) {
                lastSucceeded = number;
            } else {
                lastFailure = failure != null ? failure : new IllegalStateException("the commit did not complete");
            }
            finishedOne.signalAll();
        }
    }
}
