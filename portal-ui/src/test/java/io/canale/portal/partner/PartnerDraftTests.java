package io.canale.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Partner;
import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import io.canale.portal.partner.PartnerInputs.ContactInput;
import io.canale.portal.partner.PartnerInputs.CreatePartnerInput;
import io.canale.portal.partner.PartnerInputs.TerritoryInput;
import io.canale.portal.partner.PartnerInputs.UpdatePartnerInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerDraftTests {

    static Partner rossi() {
        return new Partner("ptn_rossi_auto", PartnerType.DEALER, "Rossi Auto", true, PartnerTier.GOLD,
                new Partner.Territory(List.of("IT"), List.of("Lombardia", "Veneto")),
                List.of(new Partner.Contact("Marco Rossi", "marco@rossi.demo", null, "Owner")),
                new Partner.Address("Via Roma 1", "20121", "Milano", "IT"), 7,
                new Partner.Actions(true, false, true));
    }

    @Test
    void update_carries_the_version_it_is_based_on() {
        UpdatePartnerInput input = PartnerDraft.of(rossi()).updateInput();

        assertThat(input.id()).isEqualTo("ptn_rossi_auto");
        assertThat(input.expectedVersion()).isEqualTo(7);
        assertThat(input.tier()).isEqualTo(PartnerTier.GOLD);
    }

    @Test
    void the_address_is_sent_as_loaded_and_left_out_when_every_part_is_blank() {
        PartnerDraft draft = PartnerDraft.of(rossi());
        assertThat(draft.updateInput().address()).isEqualTo(new PartnerInputs.AddressInput("Via Roma 1", "20121", "Milano", "IT"));

        draft.setStreet(" Via Po 3 ");
        assertThat(draft.updateInput().address().street()).isEqualTo("Via Po 3");

        draft.setStreet("");
        draft.setPostalCode(" ");
        draft.setCity("");
        draft.setCountry(null);
        assertThat(draft.updateInput().address()).as("nothing given keeps the stored address").isNull();
        assertThat(PartnerDraft.blank().createInput().address()).isNull();
    }

    @Test
    void regions_are_edited_as_comma_separated_text() {
        PartnerDraft draft = PartnerDraft.of(rossi());
        assertThat(draft.getRegions()).isEqualTo("Lombardia, Veneto");

        draft.setRegions(" Lazio ,, Puglia,");

        assertThat(draft.updateInput().territory()).isEqualTo(new TerritoryInput(List.of("IT"), List.of("Lazio", "Puglia")));
    }

    @Test
    void create_sends_the_type_and_leaves_out_blank_contact_details() {
        PartnerDraft draft = PartnerDraft.blank();
        draft.setName("  Verdi Moto ");
        ContactDraft contact = new ContactDraft();
        contact.setName("Luca Verdi");
        contact.setEmail(" ");
        draft.setContacts(List.of(contact));

        CreatePartnerInput input = draft.createInput();

        assertThat(input.type()).isEqualTo(PartnerType.DEALER);
        assertThat(input.name()).isEqualTo("Verdi Moto");
        assertThat(input.contacts()).containsExactly(new ContactInput("Luca Verdi", null, null, null));
    }

    @Test
    void the_draft_keeps_what_the_caller_may_do_with_the_partner() {
        assertThat(PartnerDraft.of(rossi()).can()).isEqualTo(new Partner.Actions(true, false, true));
        assertThat(PartnerDraft.blank().can()).isEqualTo(Partner.Actions.NONE);
    }
}
