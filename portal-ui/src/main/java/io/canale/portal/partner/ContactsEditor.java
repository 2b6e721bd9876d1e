package io.canale.portal.partner;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.canale.portal.api.FieldPaths;
import java.util.ArrayList;
import java.util.List;

/** The partner's contacts: a list of rows to add to and remove from, at most {@value #MAX_CONTACTS}. */
class ContactsEditor extends Div {

    static final int MAX_CONTACTS = 20;

    private final List<ContactRow> rows = new ArrayList<>();
    private final Div rowContainer = new Div();
    private final Button add = new Button(new Icon(VaadinIcon.PLUS));
    private boolean editable = true;

    ContactsEditor() {
        addClassName("contacts-editor");
        add.setText(getTranslation("partner.contact.add"));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(click -> addRow(new ContactDraft()));
        add(new H4(getTranslation("partner.contacts")), rowContainer, add);
    }

    void setContacts(List<ContactDraft> contacts) {
        rows.clear();
        rowContainer.removeAll();
        contacts.forEach(this::addRow);
        updateAddButton();
    }

    List<ContactDraft> contacts() {
        return rows.stream().map(ContactRow::contact).toList();
    }

    /** Validates every row, so that each shows its own errors. */
    boolean validate() {
        boolean valid = true;
        for (ContactRow row : rows) {
            valid &= row.validate();
        }
        return valid;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        rows.forEach(row -> row.setEditable(editable));
        updateAddButton();
    }

    void bindPaths(FieldPaths<HasValidation> paths) {
        for (int index = 0; index < rows.size(); index++) {
            rows.get(index).bindPaths(paths, index);
        }
    }

    private void addRow(ContactDraft contact) {
        ContactRow row = new ContactRow(contact, this::removeRow);
        row.setEditable(editable);
        rows.add(row);
        rowContainer.add(row);
        updateAddButton();
    }

    private void removeRow(ContactRow row) {
        rows.remove(row);
        rowContainer.remove(row);
        updateAddButton();
    }

    private void updateAddButton() {
        add.setVisible(editable);
        add.setEnabled(rows.size() < MAX_CONTACTS);
    }
}
