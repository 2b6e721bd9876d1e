package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.partner.PartnerInputs.PartnerFilter;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.PartnerRole;
import io.canale.security.Scopes;
import io.canale.shared.PartnerType;
import io.canale.shared.embedded.EmbeddedMongoConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.AccessDeniedException;

/** The directory against MongoDB, without HTTP: visibility, keyset paging and filters. */
@DataMongoTest(properties = {"canale.embedded.in-memory=true", "spring.data.mongodb.auto-index-creation=true"})
@Import({EmbeddedMongoConfiguration.class, PartnerDirectory.class, AccessPolicy.class, PartnerDirectoryMongoTests.FixedClock.class})
class PartnerDirectoryMongoTests {

    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    static final Caller STAFF = new Caller("staff@x", Caller.Kind.USER, "m", PartnerType.MANUFACTURER,
            Set.of(PartnerRole.ADMIN), Set.of(Scopes.PARTNERS_READ, Scopes.PARTNERS_ADMIN));
    static final Caller DEALER = new Caller("d@x", Caller.Kind.USER, "d1", PartnerType.DEALER,
            Set.of(PartnerRole.MEMBER), Set.of(Scopes.PARTNERS_READ));
    static final Caller NO_SCOPE = new Caller("s", Caller.Kind.PARTNER_SYSTEM, "d1", PartnerType.DEALER,
            Set.of(), Set.of(Scopes.LEADS_READ));

    @Autowired
    PartnerDirectory directory;
    @Autowired
    PartnerRepository partners;

    @BeforeEach
    void seed() {
        partners.deleteAll();
        directory.ensure("m", PartnerType.MANUFACTURER, "Maker", PartnerTier.PLATINUM, null, List.of(new Contact("C", "c@m.demo", null, null)));
        directory.ensure("d1", PartnerType.DEALER, "Dealer One", PartnerTier.GOLD, new Territory(List.of("IT"), List.of()), List.of());
        directory.ensure("d2", PartnerType.DEALER, "Dealer Two", PartnerTier.SILVER, new Territory(List.of("CH"), List.of()), List.of());
        for (int i = 0; i < 25; i++) {
            directory.ensure("s" + i, PartnerType.SUPPLIER, String.format("Supplier %02d", i), null, null, List.of());
        }
    }

    @Test
    void keyset_pages_cover_the_directory_in_name_order_exactly_once() {
        List<String> names = new ArrayList<>();
        ScrollSubrange page = ScrollSubrange.create(ScrollPosition.keyset(), 10, true);
        while (true) {
            Window<Partner> window = directory.list(STAFF, null, page);
            window.forEach(partner -> names.add(partner.name()));
            if (!window.hasNext()) {
                break;
            }
            page = ScrollSubrange.create(window.positionAt(window.size() - 1), 10, true);
        }
        assertThat(names).hasSize(28).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void a_dealer_lists_itself_and_the_manufacturers_public_profile_only() {
        Window<Partner> window = directory.list(DEALER, null, ScrollSubrange.create(ScrollPosition.keyset(), 100, true));
        assertThat(window.getContent()).extracting(Partner::id).containsExactly("d1", "m");
        Partner maker = window.getContent().get(1);
        assertThat(maker.name()).isEqualTo("Maker");
        assertThat(maker.contacts()).isNull();
        assertThat(directory.find(STAFF, "d2")).isPresent();
        assertThat(directory.find(DEALER, "d2")).isEmpty();
    }

    @Test
    void type_activity_name_and_country_filters_combine() {
        Window<Partner> window = directory.list(STAFF, new PartnerFilter(PartnerType.DEALER, true, "two", "CH"),
                ScrollSubrange.create(ScrollPosition.keyset(), 100, true));
        assertThat(window.getContent()).extracting(Partner::id).containsExactly("d2");
    }

    @Test
    void regex_characters_in_the_name_filter_are_literal() {
        directory.ensure("d3", PartnerType.DEALER, "Officina .* Speciale", PartnerTier.SILVER, null, List.of());
        Window<Partner> window = directory.list(STAFF, new PartnerFilter(null, null, ".*", null),
                ScrollSubrange.create(ScrollPosition.keyset(), 100, true));
        assertThat(window.getContent()).extracting(Partner::id).containsExactly("d3");
    }

    @Test
    void without_partners_read_even_a_missing_id_is_forbidden() {
        assertThatThrownBy(() -> directory.find(NO_SCOPE, "does-not-exist")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.find(NO_SCOPE, "d1")).isInstanceOf(AccessDeniedException.class);
    }
}
