/**
 * The partner directory: dealers, suppliers, carriers and the manufacturer, with their tier, territory and
 * contacts; each partner's people and partner-system clients; and the caller's own {@code viewer}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "identity"})
package io.canale.partner;
