/**
 * Webhooks for partner systems: endpoints a partner's admin registers, each with its own cursor into the change
 * feed, receiving the changes its partner may read (filtered as {@code changes} is), signed per Standard Webhooks,
 * retried with back-off until a dead-letter state, replayable by hand.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "change", "identity"})
package io.canale.webhook;
