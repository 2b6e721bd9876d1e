package io.canale.portal.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import io.canale.portal.PagedComboBoxes;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.Paging;
import io.canale.portal.api.PartnerRef;
import io.canale.portal.api.UserError;
import java.util.List;

/**
 * Creates a product, changes it (names, product line, unit, active) or rewrites its descriptions: one
 * dialog whose {@link Mode} decides which fields it shows and checks. Raises {@link SaveEvent} with valid
 * input; shows the API's refusals on the fields they name.
 */
class ProductDialog extends Dialog {

    enum Mode {
        CREATE, EDIT, DESCRIBE
    }

    private final Mode mode;
    private final TextField sku = new TextField();
    private final TextField nameIt = new TextField();
    private final TextField nameEn = new TextField();
    private final TextArea descriptionIt = new TextArea();
    private final TextArea descriptionEn = new TextArea();
    private final TextField productLine = new TextField();
    private final Select<Product.Unit> unit = new Select<>();
    private final ComboBox<PartnerRef> supplier = new ComboBox<>();
    private final Checkbox active = new Checkbox();
    private final Div message = new Div();
    private final Binder<ProductDraft> binder = new Binder<>();

    private ProductDialog(Mode mode, ProductDraft draft) {
        this.mode = mode;
        setId("product-dialog");
        setHeaderTitle(mode == Mode.CREATE ? getTranslation("catalogAdmin.newProduct")
                : getTranslation("catalogAdmin.title." + mode, draft.getSku()));
        configureFields();
        configureBinder();
        binder.setBean(draft);
        sku.setValue(draft.getSku());
        message.setId("product-dialog-message");
        message.addClassName("form-message");
        message.setVisible(false);
        add(form(), message);
        configureFooter();
        setWidth("min(44rem, 95vw)");
    }

    static ProductDialog create(Paging paging, PagedComboBoxes.Search<PartnerRef> suppliers) {
        ProductDialog dialog = new ProductDialog(Mode.CREATE, ProductDraft.blank());
        PagedComboBoxes.bind(dialog.supplier, paging, suppliers);
        return dialog;
    }

    static ProductDialog edit(ProductDraft draft) {
        return new ProductDialog(Mode.EDIT, draft);
    }

    static ProductDialog describe(ProductDraft draft) {
        return new ProductDialog(Mode.DESCRIBE, draft);
    }

    private void configureFields() {
        sku.setId("product-sku");
        sku.setLabel(getTranslation("product.sku"));
        sku.setHelperText(mode == Mode.CREATE ? getTranslation("catalogAdmin.skuHelp") : null);
        sku.setReadOnly(mode != Mode.CREATE);
        label(nameIt, "product-name-it", "catalogAdmin.nameIt");
        label(nameEn, "product-name-en", "catalogAdmin.nameEn");
        label(descriptionIt, "product-description-it", "catalogAdmin.descriptionIt");
        label(descriptionEn, "product-description-en", "catalogAdmin.descriptionEn");
        label(productLine, "product-line", "product.productLine");
        label(unit, "product-unit", "product.unit");
        label(supplier, "product-supplier", "product.supplier");
        nameIt.setMaxLength(ProductDraft.MAX_NAME);
        nameEn.setMaxLength(ProductDraft.MAX_NAME);
        descriptionIt.setMaxLength(ProductDraft.MAX_DESCRIPTION);
        descriptionEn.setMaxLength(ProductDraft.MAX_DESCRIPTION);
        productLine.setMaxLength(ProductDraft.MAX_PRODUCT_LINE);
        unit.setItems(Product.Unit.values());
        unit.setItemLabelGenerator(value -> value == null ? "" : getTranslation("productUnit." + value));
        supplier.setItemLabelGenerator(PartnerRef::name);
        active.setId("product-active");
        active.setLabel(getTranslation("catalogAdmin.active"));
    }

    private <F extends Component & HasLabel> void label(F field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(sku);
        if (mode != Mode.DESCRIBE) {
            form.add(nameIt, nameEn, productLine, unit);
        }
        if (mode == Mode.CREATE) {
            form.add(supplier);
        }
        if (mode != Mode.EDIT) {
            form.add(descriptionIt, descriptionEn);
            form.setColspan(descriptionIt, 2);
            form.setColspan(descriptionEn, 2);
        }
        if (mode == Mode.EDIT) {
            form.add(active);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return form;
    }

    /** Binds only the fields this mode shows: a hidden field must not block saving. */
    private void configureBinder() {
        String required = getTranslation("validation.required");
        if (mode == Mode.CREATE) {
            binder.forField(sku).asRequired(required)
                    .withValidator(ProductDraft::isValidSku, getTranslation("catalogAdmin.skuFormat"))
                    .bind(ProductDraft::getSku, ProductDraft::setSku);
            binder.forField(supplier).asRequired(required).bind(ProductDraft::getSupplier, ProductDraft::setSupplier);
        }
        if (mode != Mode.DESCRIBE) {
            binder.forField(nameIt).withValidator(maxLength(ProductDraft.MAX_NAME))
                    .bind(ProductDraft::getNameIt, ProductDraft::setNameIt);
            binder.forField(nameEn).withValidator(maxLength(ProductDraft.MAX_NAME))
                    .bind(ProductDraft::getNameEn, ProductDraft::setNameEn);
            binder.forField(productLine).asRequired(required).withValidator(maxLength(ProductDraft.MAX_PRODUCT_LINE))
                    .bind(ProductDraft::getProductLine, ProductDraft::setProductLine);
            binder.forField(unit).asRequired(required).bind(ProductDraft::getUnit, ProductDraft::setUnit);
        }
        if (mode != Mode.EDIT) {
            binder.forField(descriptionIt).withValidator(maxLength(ProductDraft.MAX_DESCRIPTION))
                    .bind(ProductDraft::getDescriptionIt, ProductDraft::setDescriptionIt);
            binder.forField(descriptionEn).withValidator(maxLength(ProductDraft.MAX_DESCRIPTION))
                    .bind(ProductDraft::getDescriptionEn, ProductDraft::setDescriptionEn);
        }
        if (mode == Mode.EDIT) {
            binder.forField(active).bind(ProductDraft::isActive, ProductDraft::setActive);
        }
    }

    private StringLengthValidator maxLength(int max) {
        return new StringLengthValidator(getTranslation("validation.tooLong", max), 0, max);
    }

    private void configureFooter() {
        Button save = new Button(getTranslation("action.save"), click -> validateAndSave());
        save.setId("product-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void validateAndSave() {
        showMessage("");
        boolean valid = binder.validate().isOk();
        if (mode != Mode.DESCRIBE && !binder.getBean().hasName()) {
            nameIt.setErrorMessage(getTranslation("catalogAdmin.nameRequired"));
            nameIt.setInvalid(true);
            valid = false;
        }
        if (valid) {
            fireEvent(new SaveEvent(this, mode, binder.getBean()));
        }
    }

    /** Marks the fields the server refused; the errors that belong to no field are shown above the buttons. */
    void showUserErrors(List<UserError> errors) {
        FieldPaths<HasValidation> paths = new FieldPaths<HasValidation>()
                .bind("sku", sku).bind("supplierId", supplier).bind("productLine", productLine).bind("unit", unit)
                .bind("names", nameIt).bind("names.it", nameIt).bind("names.en", nameEn)
                .bind("descriptions", descriptionIt).bind("descriptions.it", descriptionIt)
                .bind("descriptions.en", descriptionEn);
        showMessage(UserErrorDisplay.show(errors, paths));
    }

    /** Someone changed the product meanwhile: shows it as stored now, to make the change again. */
    void showReloaded(ProductDraft current) {
        binder.setBean(current);
        showMessage(getTranslation("catalogAdmin.conflict"));
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ProductDialog> {

        private final Mode mode;
        private final transient ProductDraft draft;

        SaveEvent(ProductDialog source, Mode mode, ProductDraft draft) {
            super(source, false);
            this.mode = mode;
            this.draft = draft;
        }

        Mode mode() {
            return mode;
        }

        ProductDraft draft() {
            return draft;
        }
    }
}
