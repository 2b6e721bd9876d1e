package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The documented numbers of sign-in throttling, on the same kind of store the backend uses by default and a
 * clock that only moves when the test moves it: 5 failures per account, then 1 s doubling up to 15 min; 20 per
 * address; counters forgotten an hour after their last failure.
 */
class SignInFailuresTests {

    private static final String ADDRESS = "198.51.100.7";

    private final StoppedClock clock = new StoppedClock();
    private MongoServer server;
    private MongoClient client;
    private SignInFailures failures;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        failures = new SignInFailures(new MongoTemplate(client, "signin"), new SignInLimits(null, null, null), clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void four_failures_cost_nothing_and_the_fifth_makes_the_account_wait_one_second() {
        for (int i = 0; i < 4; i++) {
            assertThat(failures.recordFailure("anna@canale.demo", ADDRESS)).isZero();
        }
        assertThat(failures.waitBefore("anna@canale.demo", ADDRESS)).isEmpty();

        assertThat(failures.recordFailure("anna@canale.demo", ADDRESS)).isEqualTo(Duration.ofSeconds(1));
        assertThat(failures.waitBefore("ANNA@canale.demo ", "203.0.113.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(failures.waitBefore("anna@canale.demo", ADDRESS)).isEmpty();
    }

    @Test
    void the_wait_doubles_with_each_further_failure_up_to_fifteen_minutes() {
        Duration last = Duration.ZERO;
        for (int i = 0; i < 16; i++) {
            last = failures.recordFailure("bruno@canale.demo", "203.0.113." + i);
        }
        assertThat(last).isEqualTo(Duration.ofMinutes(15)); // 2^10 s would be 1,024 s
        assertThat(new SignInLimits(null, null, null).account().delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(new SignInLimits(null, null, null).account().delayAfter(14)).isEqualTo(Duration.ofSeconds(512));
        assertThat(new SignInLimits(null, null, null).account().delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void twenty_failures_from_one_address_across_many_accounts_make_the_address_wait() {
        for (int i = 0; i < 19; i++) {
            assertThat(failures.recordFailure("person" + i + "@example.com", ADDRESS)).isZero();
        }
        assertThat(failures.recordFailure("person19@example.com", ADDRESS)).isEqualTo(Duration.ofSeconds(1));

        assertThat(failures.waitBefore("somebody-new@example.com", ADDRESS)).contains(Duration.ofSeconds(1));
        assertThat(failures.waitBefore("somebody-new@example.com", "198.51.100.8")).isEmpty();
    }

    @Test
    void an_ipv6_client_is_counted_per_64_network() {
        for (int i = 0; i < 20; i++) {
            failures.recordFailure("person" + i + "@example.com", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }

        assertThat(failures.waitBefore("new@example.com", "2001:db8:1:2:ffff::9")).isPresent();
        assertThat(failures.waitBefore("new@example.com", "2001:db8:1:3::1")).isEmpty();
    }

    @Test
    void a_counter_is_forgotten_an_hour_after_its_last_failure() {
        for (int i = 0; i < 5; i++) {
            failures.recordFailure("carla@canale.demo", ADDRESS);
        }
        clock.advance(Duration.ofMinutes(59));
        assertThat(failures.recordFailure("carla@canale.demo", ADDRESS)).isEqualTo(Duration.ofSeconds(2));

        clock.advance(Duration.ofMinutes(60));
        assertThat(failures.waitBefore("carla@canale.demo", ADDRESS)).isEmpty();
        assertThat(failures.recordFailure("carla@canale.demo", ADDRESS)).isZero(); // counting starts again at one
    }

    @Test
    void a_success_resets_the_account_but_not_the_address() {
        for (int i = 0; i < 20; i++) {
            failures.recordFailure("dario@canale.demo", ADDRESS);
        }
        clock.advance(Duration.ofMinutes(16));

        failures.recordSuccess("dario@canale.demo");

        assertThat(failures.waitBefore("dario@canale.demo", "198.51.100.99")).isEmpty();
        assertThat(failures.recordFailure("dario@canale.demo", "198.51.100.99")).isZero();
        assertThat(failures.recordFailure("other@canale.demo", ADDRESS)).isEqualTo(Duration.ofSeconds(2));
    }

    /** Time stands still unless the test moves it. */
    private static final class StoppedClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

}
