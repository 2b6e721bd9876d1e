package io.canale.portal.api;

/** The API's {@code EndCustomer}: the dealer's customer an order or a service case is for. Personal data: the API gives it to the dealer and staff only. */
@SchemaType
public record EndCustomer(String name, String email, String phone) {
}
