package io.canale.portal.deal;

import io.canale.portal.api.MoneyInput;
import io.canale.portal.deal.DealInputs.RegisterDealInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** A deal being registered: the Binder's bean and the source of the API's {@code RegisterDealInput}. */
class DealDraft {

    private String customerName = "";
    private String vatNumber = "";
    private String productLine = "";
    private BigDecimal amount;
    private String currency = "EUR";
    private LocalDate expectedCloseDate;

    RegisterDealInput toInput() {
        return new RegisterDealInput(customerName.trim(), vatNumber.isBlank() ? null : vatNumber.trim(),
                productLine.trim(), MoneyInput.of(amount, currency.trim()), expectedCloseDate);
    }

    String getCustomerName() {
        return customerName;
    }

    void setCustomerName(String customerName) {
        this.customerName = customerName == null ? "" : customerName;
    }

    String getVatNumber() {
        return vatNumber;
    }

    void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber == null ? "" : vatNumber;
    }

    String getProductLine() {
        return productLine;
    }

    void setProductLine(String productLine) {
        this.productLine = productLine == null ? "" : productLine;
    }

    BigDecimal getAmount() {
        return amount;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    String getCurrency() {
        return currency;
    }

    void setCurrency(String currency) {
        this.currency = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
    }

    LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }
}
