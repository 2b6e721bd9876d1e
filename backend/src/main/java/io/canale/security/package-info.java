/**
 * Who may do what. Exposes {@link io.canale.security.Scopes}, the {@link io.canale.security.Caller} behind a
 * request and the one {@link io.canale.security.AccessPolicy} every resolver asks, plus the services that
 * manage partner users and partner-system clients. The authorization server, resource server and login
 * chains, and their MongoDB stores, are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.canale.security;
