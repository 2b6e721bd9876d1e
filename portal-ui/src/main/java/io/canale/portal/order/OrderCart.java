package io.canale.portal.order;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Optional;

/**
 * The order being entered in this browser tab: it survives a trip to the catalog to add another product,
 * and its idempotency key every retry. A new form (and key) starts only after a successful submission.
 */
@SpringComponent
@UIScope
class OrderCart {

    /** What a reorder could not copy into its draft, told in order entry while that draft is being entered. */
    record Reordered(String fromOrder, String draftId, List<String> leftOut) {
    }

    private OrderForm form = new OrderForm();
    private Reordered reordered;

    OrderForm form() {
        return form;
    }

    /** Remembers, for the draft the reorder created, which order it came from and the lines it left out. */
    void reordered(String fromOrder, String draftId, List<String> leftOut) {
        reordered = new Reordered(fromOrder, draftId, List.copyOf(leftOut));
    }

    /** The reorder notice, while the form continues the draft the reorder created. */
    Optional<Reordered> reordered() {
        return Optional.ofNullable(reordered).filter(notice -> form.savedId().filter(notice.draftId()::equals).isPresent());
    }

    /** Continues a saved draft in place of the current form. */
    void resume(OrderForm saved) {
        form = saved;
    }

    void startOver() {
        form = new OrderForm();
        reordered = null;
    }
}
