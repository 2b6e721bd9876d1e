package io.canale.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partner aggregate keeps its own rules, whoever calls it. */
class PartnerTests {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-23T11:00:00Z");

    @Test
    void registration_normalises_and_defaults() {
        Partner partner = Partner.register(null, PartnerType.DEALER,
                new PartnerProfile("  Rossi Auto  ", null, null, null), new Actor("staff@canale.demo", null), T0);
        assertThat(partner.name()).isEqualTo("Rossi Auto");
        assertThat(partner.tier()).isEqualTo(PartnerTier.STANDARD);
        assertThat(partner.territory().countries()).isEmpty();
        assertThat(partner.active()).isTrue();
        assertThat(partner.audit().createdBy()).isEqualTo("staff@canale.demo");
    }

    @Test
    void every_invalid_field_is_reported_at_once_with_its_path() {
        List<Contact> contacts = List.of(new Contact("Ok", "bad-email", null, null), new Contact("", null, "x", "r".repeat(81)));
        assertThatThrownBy(() -> Partner.register(null, PartnerType.DEALER,
                new PartnerProfile("", null, new Territory(List.of("IT"), List.of(" ")), contacts), new Actor("s", null), T0))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(error -> String.join(".", error.field()) + ":" + error.code())
                        .containsExactlyInAnyOrder("input.name:REQUIRED", "input.territory.regions.0:REQUIRED",
                                "input.contacts.0.email:INVALID", "input.contacts.1.name:REQUIRED",
                                "input.contacts.1.phone:INVALID", "input.contacts.1.role:TOO_LONG"));
    }

    @Test
    void too_many_contacts_are_refused() {
        List<Contact> many = Collections.nCopies(21, new Contact("A", null, null, null));
        assertThatThrownBy(() -> Partner.register(null, PartnerType.SUPPLIER, new PartnerProfile("X", null, null, many), new Actor("s", null), T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.errors().getFirst().code()).isEqualTo(UserErrorCode.TOO_MANY));
    }

    @Test
    void a_type_is_required() {
        assertThatThrownBy(() -> Partner.register(null, null, new PartnerProfile("X", null, null, null), new Actor("s", null), T0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deactivation_is_recorded_and_cannot_happen_twice() {
        Partner partner = Partner.register("ptn_x", PartnerType.CARRIER, new PartnerProfile("X", null, null, null), new Actor("a", null), T0);
        partner.deactivate(new Actor("b", null), T1);
        assertThat(partner.active()).isFalse();
        assertThat(partner.audit().updatedBy()).isEqualTo("b");
        assertThat(partner.audit().updatedAt()).isEqualTo(T1);
        assertThat(partner.audit().createdAt()).isEqualTo(T0);
        assertThatThrownBy(() -> partner.deactivate(new Actor("b", null), T1)).isInstanceOfSatisfying(InvalidInputException.class,
                ex -> assertThat(ex.errors().getFirst().code()).isEqualTo(UserErrorCode.ILLEGAL_STATE));
        partner.reactivate(new Actor("c", null), T1);
        assertThat(partner.active()).isTrue();
    }

    @Test
    void the_public_profile_carries_no_business_or_personal_data() {
        Partner partner = Partner.register("ptn_m", PartnerType.MANUFACTURER, new PartnerProfile("Canale", PartnerTier.GOLD,
                new Territory(List.of("IT"), List.of()), List.of(new Contact("Giulia", "g@c.demo", "+39 1234567", null))), new Actor("s", null), T0);
        Partner visible = partner.publicProfile();
        assertThat(visible.name()).isEqualTo("Canale");
        assertThat(visible.type()).isEqualTo(PartnerType.MANUFACTURER);
        assertThat(visible.tier()).isNull();
        assertThat(visible.territory()).isNull();
        assertThat(visible.contacts()).isNull();
        assertThat(visible.audit()).isNull();
    }

    @Test
    void a_failed_change_leaves_the_partner_untouched() {
        Partner partner = Partner.register("ptn_y", PartnerType.DEALER, new PartnerProfile("Before", PartnerTier.GOLD, null, null), new Actor("a", null), T0);
        assertThatThrownBy(() -> partner.changeProfile(new PartnerProfile("", PartnerTier.SILVER, null, null), new Actor("b", null), T1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(partner.name()).isEqualTo("Before");
        assertThat(partner.tier()).isEqualTo(PartnerTier.GOLD);
        assertThat(partner.audit().updatedBy()).isEqualTo("a");
    }
}
