/**
 * The access policy: the {@link io.canale.security.Caller} behind a request (from its validated token, handed
 * to controllers as a method argument by {@link io.canale.security.CallerArguments}), the scope names in
 * {@link io.canale.security.Scopes}, and the one {@link io.canale.security.AccessPolicy} that decides every read
 * and write, what each caller sees, and answers {@code viewerCan} and the viewer's areas from the same rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.canale.security;
