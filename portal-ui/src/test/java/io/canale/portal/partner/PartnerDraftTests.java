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
                List.of(new Partner.Contact("Marco Rossi", "marco@rossi.demo", null, "Owner")), 7,
                new Partner.Actions(true, false, true));
    }

    @Test
    void updateCarriesTheVersionItIsBasedOn() {
        UpdatePartnerInput input = PartnerDraft.of(rossi()).updateInput();

        assertThat(input.id()).isEqualTo("ptn_rossi_auto");
        assertThat(input.expectedVersion()).isEqualTo(7);
        assertThat(input.tier()).isEqualTo(PartnerTier.GOLD);
    }

    @Test
    void regionsAreEditedAsCommaSeparatedText() {
        PartnerDraft draft = PartnerDraft.of(rossi());
        assertThat(draft.getRegions()).isEqualTo("Lombardia, Veneto");

        draft.setRegions(" Lazio ,, Puglia,");

        assertThat(draft.updateInput().territory()).isEqualTo(new TerritoryInput(List.of("IT"), List.of("Lazio", "Puglia")));
    }

    @Test
    void createSendsTheTypeAndLeavesOutBlankContactDetails() {
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
    void theDraftKeepsWhatTheCallerMayDoWithThePartner() {
        assertThat(PartnerDraft.of(rossi()).can()).isEqualTo(new Partner.Actions(true, false, true));
        assertThat(PartnerDraft.blank().can()).isEqualTo(Partner.Actions.NONE);
    }
}
