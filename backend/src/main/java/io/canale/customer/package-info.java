/**
 * The customer 360 view: one timeline per company across leads, opportunities and deal registrations,
 * filtered by what the reader may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "lead", "opportunity", "deal"})
package io.canale.customer;
