package io.canale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTests {

    @Test
    void an_ipv4_address_is_its_own_key() {
        assertThat(ClientAddresses.rateLimitKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.rateLimitKey("203.0.113.8")).isNotEqualTo(ClientAddresses.rateLimitKey("203.0.113.7"));
    }

    @Test
    void ipv6_addresses_of_one_64_network_share_a_key() {
        String one = ClientAddresses.rateLimitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertThat(ClientAddresses.rateLimitKey("2001:db8:1:2::1")).isEqualTo(one);
        assertThat(ClientAddresses.rateLimitKey("2001:0db8:0001:0002:0:0:0:ffff")).isEqualTo(one);
        assertThat(ClientAddresses.rateLimitKey("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(one).isEqualTo("20010db800010002::/64");
    }

    @Test
    void text_that_is_no_address_is_kept_as_it_is() {
        assertThat(ClientAddresses.rateLimitKey("unknown")).isEqualTo("unknown");
        assertThat(ClientAddresses.rateLimitKey(null)).isNull();
    }
}
