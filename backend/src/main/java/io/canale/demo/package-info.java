/**
 * Demo data for the {@code demo} profile only: partners, people and partner-system clients with the
 * published demo credentials. Never active in production.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "identity", "partner"})
package io.canale.demo;
