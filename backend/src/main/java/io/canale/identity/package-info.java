/**
 * Identity: the OAuth 2.1 authorization server, the resource server and login chains, people's accounts,
 * partner-system clients, invitations and their MongoDB stores (signing key, clients, authorizations).
 * Exposes the services that manage accounts and clients; the rest is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package io.canale.identity;
