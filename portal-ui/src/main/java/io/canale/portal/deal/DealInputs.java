package io.canale.portal.deal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.SchemaType;
import java.time.LocalDate;

/** What the deal registrations send: the API's inputs. */
final class DealInputs {

    private DealInputs() {
    }

    /** A deal to register; without a VAT number it is left out. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegisterDealInput(String customerName, String vatNumber, String productLine, MoneyInput expectedValue,
            LocalDate expectedCloseDate) {
    }

    /** A decision on a registration at the version listed; an approval carries no reason. */
    @SchemaType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DealDecisionInput(String id, int expectedVersion, String reason) {
    }
}
