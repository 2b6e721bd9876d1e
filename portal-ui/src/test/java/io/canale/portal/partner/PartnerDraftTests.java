package io.canale.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerTier;
import io.canale.portal.api.PartnerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerDraftTests {

    private static Partner rossi() {
        return new Partner("ptn_rossi_auto", PartnerType.DEALER, "Rossi Auto", true, PartnerTier.GOLD,
                new Partner.Territory(List.of("IT"), List.of("Lombardia", "Veneto")),
                List.of(new Partner.Contact("Marco Rossi", "marco@rossi.demo", null, "Owner")), 7);
    }

    @Test
    void updateCarriesTheVersionItIsBasedOn() {
        Map<String, Object> input = PartnerDraft.of(rossi()).updateInput();

        assertThat(input).containsEntry("id", "ptn_rossi_auto").containsEntry("expectedVersion", 7)
                .containsEntry("tier", "GOLD").doesNotContainKey("type");
    }

    @Test
    void regionsAreEditedAsCommaSeparatedText() {
        PartnerDraft draft = PartnerDraft.of(rossi());
        assertThat(draft.getRegions()).isEqualTo("Lombardia, Veneto");

        draft.setRegions(" Lazio ,, Puglia,");

        assertThat(draft.updateInput().get("territory"))
                .isEqualTo(Map.of("countries", List.of("IT"), "regions", List.of("Lazio", "Puglia")));
    }

    @Test
    void createSendsTheTypeAndLeavesOutBlankContactDetails() {
        PartnerDraft draft = PartnerDraft.blank();
        draft.setName("  Verdi Moto ");
        ContactDraft contact = new ContactDraft();
        contact.setName("Luca Verdi");
        contact.setEmail(" ");
        draft.setContacts(List.of(contact));

        Map<String, Object> input = draft.createInput();

        assertThat(input).containsEntry("type", "DEALER").containsEntry("name", "Verdi Moto")
                .containsEntry("contacts", List.of(Map.of("name", "Luca Verdi")));
    }
}
