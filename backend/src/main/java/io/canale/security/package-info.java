/**
 * The access policy: the {@link io.canale.security.Caller} behind a request (from its validated token), the
 * scope names in {@link io.canale.security.Scopes}, and the one {@link io.canale.security.AccessPolicy}
 * every resolver asks, with the record conditions its decisions become.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.canale.security;
