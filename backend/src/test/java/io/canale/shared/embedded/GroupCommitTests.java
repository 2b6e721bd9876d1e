package io.canale.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    private final ExecutorService writers = Executors.newFixedThreadPool(6);

    @AfterEach
    void stop() {
        writers.shutdownNow();
    }

    @Test
    void a_lone_writer_runs_a_commit_on_its_own_thread_before_it_returns() {
        List<Thread> ranOn = new ArrayList<>();
        GroupCommit commits = new GroupCommit(() -> ranOn.add(Thread.currentThread()));

        commits.awaitDurable();
        assertThat(ranOn).containsExactly(Thread.currentThread());
        commits.awaitDurable();
        assertThat(commits.commits()).isEqualTo(2);
    }

    @Test
    void writers_arriving_during_a_commit_wait_for_the_next_one_and_share_it() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        GroupCommit commits = new GroupCommit(() -> {
            if (runs.incrementAndGet() == 1) {
                firstRunning.countDown();
                awaitQuietly(finishFirst);
            }
        });

        Future<?> first = writers.submit(commits::awaitDurable);
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> late = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            late.add(writers.submit(commits::awaitDurable));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waitingWriters() == 5);
        assertThat(late).noneMatch(Future::isDone);

        finishFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> writer : late) {
            writer.get(10, TimeUnit.SECONDS);
        }
        // The first commit started before the late writes and covers none of them; one more covers all five.
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_failed_commit_fails_the_writers_it_was_to_cover_and_the_next_writer_gets_a_new_one() {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        GroupCommit commits = new GroupCommit(() -> {
            if (diskFull.get()) {
                throw new IllegalStateException("No space left on device");
            }
        });

        assertThatThrownBy(commits::awaitDurable).isInstanceOf(GroupCommit.CommitFailedException.class)
                .hasRootCauseMessage("No space left on device");
        diskFull.set(false);
        commits.awaitDurable();
        assertThat(commits.commits()).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
