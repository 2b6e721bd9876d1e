package io.canale.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins slow down password guessing, per account (e-mail) and per client address. After
 * {@code failuresBeforeDelay} failures in a row each further attempt waits {@code firstDelay}, doubling with
 * every further failure up to {@code maxDelay}. A counter is forgotten {@code forgetAfter} its last failure.
 *
 * @param account the limit per e-mail address, known or not
 * @param address the limit per client address (IPv6 per /64); larger, as an office shares one address
 * @param forgetAfter how long after its last failure a counter is dropped
 */
@ConfigurationProperties("canale.auth.sign-in")
record SignInLimits(Limit account, Limit address, Duration forgetAfter) {

    SignInLimits {
        account = (account != null ? account : new Limit(null, null, null)).withDefaultFailures(5);
        address = (address != null ? address : new Limit(null, null, null)).withDefaultFailures(20);
        forgetAfter = forgetAfter != null ? forgetAfter : Duration.ofHours(1);
    }

    record Limit(Integer failuresBeforeDelay, Duration firstDelay, Duration maxDelay) {

        Limit {
            firstDelay = firstDelay != null ? firstDelay : Duration.ofSeconds(1);
            maxDelay = maxDelay != null ? maxDelay : Duration.ofMinutes(15);
        }

        Limit withDefaultFailures(int failures) {
            return failuresBeforeDelay != null && failuresBeforeDelay > 0 ? this
                    : new Limit(failures, firstDelay, maxDelay);
        }

        /** How long the next attempt must wait after this many failures in a row. */
        Duration delayAfter(long failures) {
            if (failures < failuresBeforeDelay) {
                return Duration.ZERO;
            }
            long doublings = failures - failuresBeforeDelay;
            if (doublings >= 30) {
                return maxDelay;
            }
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
