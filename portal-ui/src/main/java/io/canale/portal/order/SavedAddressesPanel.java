package io.canale.portal.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.canale.portal.Notifications;
import io.canale.portal.UserErrorDisplay;
import java.util.List;
import java.util.Locale;

/**
 * The dealer's saved delivery addresses beside the delivery form: choose one to fill the form, save the address
 * typed, and manage the book (make one the default, remove). New orders start with the default address, else with
 * the address of the dealer's last order (the API's {@code suggested}).
 */
class SavedAddressesPanel extends HorizontalLayout {

    private final DeliveryAddressApi api;
    private final OrderForm form;
    private final Runnable refill;
    private final ComboBox<DeliveryAddressBook.Saved> choice = new ComboBox<>();
    private DeliveryAddressBook book;

    /** {@code refill} redraws the delivery fields after an address was put into the form. */
    SavedAddressesPanel(DeliveryAddressApi api, OrderForm form, DeliveryAddressBook book, Runnable refill) {
        this.api = api;
        this.form = form;
        this.refill = refill;
        addClassName("order-saved-addresses");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choice.setId("order-saved-address");
        choice.setLabel(getTranslation("order.addresses.saved"));
        choice.setPlaceholder(getTranslation("order.addresses.choose"));
        choice.setItemLabelGenerator(this::label);
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                form.fillAddress(change.getValue().address());
                refill.run();
            }
        });
        Button save = new Button(getTranslation("order.addresses.save"), new Icon(VaadinIcon.BOOKMARK), click -> saveTyped());
        save.setId("order-save-address");
        save.addThemeVariants(ButtonVariant.TERTIARY);
        Button manage = new Button(getTranslation("order.addresses.manage"), new Icon(VaadinIcon.COG), click -> manage());
        manage.setId("order-manage-addresses");
        manage.addThemeVariants(ButtonVariant.TERTIARY);
        add(choice, save, manage);
        show(book);
    }

    private void show(DeliveryAddressBook current) {
        book = current;
        choice.setItems(current.addresses());
        choice.setVisible(!current.addresses().isEmpty());
    }

    private void saveTyped() {
        Order.DeliveryAddress typed = form.address();
        DeliveryAddressBookPayload payload = api.save(
                new OrderApi.DeliveryAddressInput(typed.recipient(), typed.street(), typed.postalCode(), typed.city(), typed.country()), false);
        if (payload.succeeded()) {
            show(payload.book());
            Notifications.success(getTranslation("order.addresses.saved.notice"));
        } else {
            Notifications.error(getTranslation("order.addresses.incomplete"));
        }
    }

    /** The book as a list: the default marked, the others can become it; each can be removed. */
    private void manage() {
        Dialog dialog = new Dialog();
        dialog.setId("addresses-dialog");
        dialog.setHeaderTitle(getTranslation("order.addresses.manage"));
        Div list = new Div();
        list.addClassName("addresses-list");
        fill(list, book.addresses());
        dialog.add(list);
        Button close = new Button(getTranslation("order.addresses.close"), click -> dialog.close());
        close.setId("addresses-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void fill(Div list, List<DeliveryAddressBook.Saved> addresses) {
        list.removeAll();
        if (addresses.isEmpty()) {
            list.add(new Span(getTranslation("order.addresses.none")));
        }
        for (DeliveryAddressBook.Saved saved : addresses) {
            list.add(row(list, saved));
        }
    }

    private Component row(Div list, DeliveryAddressBook.Saved saved) {
        Div row = new Div();
        row.setId("address-" + saved.id());
        row.addClassName("address-row");
        row.add(new Span(label(saved)));
        if (!saved.isDefault()) {
            Button makeDefault = new Button(getTranslation("order.addresses.makeDefault"),
                    click -> apply(list, api.makeDefault(saved.id())));
            makeDefault.setId("address-default-" + saved.id());
            makeDefault.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            row.add(makeDefault);
        }
        Button remove = new Button(getTranslation("order.addresses.remove"), new Icon(VaadinIcon.TRASH),
                click -> apply(list, api.remove(saved.id())));
        remove.setId("address-remove-" + saved.id());
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        row.add(remove);
        return row;
    }

    private void apply(Div list, DeliveryAddressBookPayload payload) {
        if (payload.succeeded()) {
            show(payload.book());
            fill(list, payload.book().addresses());
        } else {
            UserErrorDisplay.notify(payload.userErrors());
        }
    }

    private String label(DeliveryAddressBook.Saved saved) {
        Order.DeliveryAddress address = saved.address();
        String country = address.country() == null ? "" : ", " + Locale.of("", address.country()).getDisplayCountry(getLocale());
        String text = address.recipient() + ", " + address.street() + ", " + address.postalCode() + " " + address.city() + country;
        return saved.isDefault() ? text + " · " + getTranslation("order.addresses.default") : text;
    }
}
