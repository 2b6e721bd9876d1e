package io.canale.portal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A deal being registered: the Binder's bean and the source of the API's {@code RegisterDealInput}. */
class DealDraft {

    private String customerName = "";
    private String vatNumber = "";
    private String productLine = "";
    private BigDecimal amount;
    private String currency = "EUR";
    private LocalDate expectedCloseDate;

    Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("customerName", customerName.trim());
        if (!vatNumber.isBlank()) {
            input.put("vatNumber", vatNumber.trim());
        }
        input.put("productLine", productLine.trim());
        input.put("expectedValue", Map.of("amount", amount.toPlainString(), "currency", currency.trim()));
        input.put("expectedCloseDate", expectedCloseDate.toString());
        return input;
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
        this.currency = currency == null ? "" : currency.toUpperCase(java.util.Locale.ROOT);
    }

    LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }
}
