/**
 * The durable change feed: every stored change of a shared record leaves a pending entry in the record's own
 * document (written in the same write, so a crash cannot separate them), or, for a bulk insert of new records, in one
 * staging document per batch written before the records; a relay moves them to one ordered, append-only feed. Readers page through it, and through one record's history, filtered by the access policy as
 * reading the record would be.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner"})
package io.canale.change;
