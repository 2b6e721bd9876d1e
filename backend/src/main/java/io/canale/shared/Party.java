package io.canale.shared;

/**
 * A partner taking part in a shared record, and in what role. Reading a record needs a party entry for the
 * caller's partner (staff excepted); the access policy checks it.
 */
public record Party(String partnerId, String role) {
}
