package io.canale.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.shared.UserError;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Server-side request forgery: a webhook URL whose host resolves to anything but public addresses is refused, by
 * name as well as by literal address; only the operator's allowed hosts are exempt, and only they may use http.
 */
class EndpointAddressesTests {

    /** A DNS of its own: names the tests use, the rest unknown; IP literals are parsed, as the JDK does. */
    static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "intranet.example.com", "10.1.2.3",
            "rebound.example.com", "169.254.169.254", "mixed.example.com", "93.184.216.34,192.168.1.10",
            "v6local.example.com", "fd12:3456::1");

    static final EndpointAddresses ADDRESSES = new EndpointAddresses(Set.of("127.0.0.1", "hooks.internal"), EndpointAddressesTests::resolve);
    static final EndpointAddresses NOTHING_ALLOWED = new EndpointAddresses(Set.of(), EndpointAddressesTests::resolve);

    static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        String addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        String[] each = addresses.split(",");
        InetAddress[] found = new InetAddress[each.length];
        for (int i = 0; i < each.length; i++) {
            found[i] = InetAddress.getByAddress(host, InetAddress.getByName(each[i]).getAddress());
        }
        return found;
    }

    static List<UserError> check(EndpointAddresses addresses, String url) {
        UserErrors errors = new UserErrors();
        addresses.check(errors, "input.url", url);
        return errors.list();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.1/hook", "https://127.0.0.1/hook", "https://127.0.0.2/hook",
            "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook", "https://[fc00::1]/hook", "https://[fe80::1]/hook",
            "https://[::ffff:10.0.0.1]/hook", "https://172.16.5.4/hook", "https://192.168.0.1/hook", "https://100.64.0.1/hook",
            "https://0.0.0.0/hook", "https://224.0.0.1/hook", "https://255.255.255.255/hook", "https://[ff02::1]/hook",
            "https://[64:ff9b::a00:1]/hook", "https://intranet.example.com/hook", "https://rebound.example.com/hook",
            "https://mixed.example.com/hook", "https://v6local.example.com/hook"})
    void private_loopback_link_local_unique_local_and_multicast_addresses_are_refused(String url) {
        assertThat(check(NOTHING_ALLOWED, url)).singleElement().satisfies(error -> {
            assertThat(error.field()).containsExactly("input", "url");
            assertThat(error.code()).isEqualTo(UserErrorCode.NOT_ALLOWED);
        });
    }

    @Test
    void a_loopback_address_is_refused_unless_the_operator_allowed_that_host() {
        assertThat(check(NOTHING_ALLOWED, "http://127.0.0.1:8099/hook")).extracting(UserError::code).containsExactly(UserErrorCode.INVALID);
        assertThat(check(NOTHING_ALLOWED, "https://127.0.0.1:8099/hook")).extracting(UserError::code).containsExactly(UserErrorCode.NOT_ALLOWED);
        assertThat(check(ADDRESSES, "http://127.0.0.1:8099/hook")).isEmpty();
        // Allowed by the host as written, not by address: another name for the same address stays refused.
        assertThat(check(ADDRESSES, "https://127.0.0.2/hook")).extracting(UserError::code).containsExactly(UserErrorCode.NOT_ALLOWED);
        assertThat(check(ADDRESSES, "https://[::1]/hook")).extracting(UserError::code).containsExactly(UserErrorCode.NOT_ALLOWED);
    }

    @Test
    void public_https_urls_are_accepted() {
        assertThat(check(NOTHING_ALLOWED, "https://hooks.example.com/canale?x=1")).isEmpty();
        assertThat(check(NOTHING_ALLOWED, "https://93.184.216.34:8443/hook")).isEmpty();
        assertThat(check(NOTHING_ALLOWED, "https://[2606:4700::1111]/hook")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/hook", "ftp://hooks.example.com/hook", "hooks.example.com/hook",
            "https://user:pass@hooks.example.com/hook", "https://unknown.example.com/hook", "https:///hook", "not a url",
            "https://hooks.example.com/\u0000", "javascript:alert(1)", "file:///etc/passwd"})
    void malformed_insecure_or_unresolvable_urls_are_invalid(String url) {
        assertThat(check(NOTHING_ALLOWED, url)).singleElement().satisfies(error -> {
            assertThat(error.field()).containsExactly("input", "url");
            assertThat(error.code()).isEqualTo(UserErrorCode.INVALID);
        });
    }

    @Test
    void blank_and_overlong_urls_are_refused() {
        assertThat(check(NOTHING_ALLOWED, " ")).extracting(UserError::code).containsExactly(UserErrorCode.REQUIRED);
        assertThat(check(NOTHING_ALLOWED, "https://hooks.example.com/" + "a".repeat(2000))).extracting(UserError::code)
                .containsExactly(UserErrorCode.TOO_LONG);
    }

    @Test
    void the_retry_schedule_backs_off_exponentially_with_bounded_jitter() {
        java.util.random.RandomGenerator lowest = new java.util.Random() {
            @Override
            public double nextDouble() {
                return 0;
            }
        };
        java.util.random.RandomGenerator highest = new java.util.Random() {
            @Override
            public double nextDouble() {
                return 0.999999;
            }
        };
        List<String> expected = List.of("PT5S", "PT30S", "PT2M", "PT10M", "PT1H", "PT3H", "PT6H", "PT12H", "PT24H", "PT24H");
        for (int failures = 1; failures <= expected.size(); failures++) {
            java.time.Duration base = java.time.Duration.parse(expected.get(failures - 1));
            assertThat(RetrySchedule.after(failures, lowest)).isEqualTo(base);
            assertThat(RetrySchedule.after(failures, highest)).isBetween(base, base.plus(base.dividedBy(5)));
        }
    }
}
