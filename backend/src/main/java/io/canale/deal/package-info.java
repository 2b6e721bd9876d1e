/**
 * Deal registration: a dealer claims a deal with an end customer; conflicts with other dealers' active
 * registrations are detected and explained; staff approve (protecting the dealer for a period) or reject.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner"})
package io.canale.deal;
