package io.canale.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.PartnerRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which party columns the order list shows a reader who does not see other partners' orders. */
class PartyColumnTests {

    private static final PartnerRef ROSSI = new PartnerRef("ptn_rossi", "Rossi Auto");
    private static final PartnerRef BIANCHI = new PartnerRef("ptn_bianchi", "Bianchi Moto");
    private static final PartnerRef FERRI = new PartnerRef("ptn_ferri", "Ferri Componenti");

    private static Order order(PartnerRef dealer, PartnerRef supplier) {
        return new Order("ord_1", "2026-000001", "grp_1", OrderStatus.SUBMITTED, dealer, supplier, null, null, null, null, null, null,
                null, 1, null, null, null);
    }

    @Test
    void a_dealer_sees_the_suppliers_of_its_orders() {
        assertThat(PartyColumn.namingOthers(List.of(order(ROSSI, FERRI)), ROSSI.id()))
                .containsExactly(PartyColumn.SUPPLIER);
    }

    @Test
    void a_supplier_sees_the_dealers_of_its_orders() {
        assertThat(PartyColumn.namingOthers(List.of(order(ROSSI, FERRI), order(BIANCHI, FERRI)), FERRI.id()))
                .containsExactly(PartyColumn.DEALER);
    }

    @Test
    void an_empty_list_names_nobody() {
        assertThat(PartyColumn.namingOthers(List.of(), ROSSI.id())).isEmpty();
    }
}
