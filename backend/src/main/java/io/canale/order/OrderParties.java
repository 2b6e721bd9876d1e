package io.canale.order;

/** Where and for whom an order goes. */
final class OrderParties {

    private OrderParties() {
    }

    record DeliveryAddress(String recipient, String street, String postalCode, String city, String country) {
    }

    /** The dealer's customer: personal data, never shown to the supplier. */
    record EndCustomer(String name, String email, String phone) {
    }
}
