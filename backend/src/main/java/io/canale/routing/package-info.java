/**
 * Lead routing: staff's ordered rule book (countries, regions, postal codes, product lines, tiers, capacity)
 * and the router that applies it with round-robin ties and an explained decision.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "partner", "lead"})
package io.canale.routing;
