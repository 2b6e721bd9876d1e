package io.canale.webhook;

import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which URLs webhooks may call: https, no credentials in the URL, and a host whose every address is public. Private
 * (10/8, 172.16/12, 192.168/16, 100.64/10), loopback, link-local (169.254/16 with the cloud metadata service, fe80::/10),
 * unique-local (fc00::/7), multicast, unspecified and reserved addresses are refused after resolving the name, at
 * registration and again before each delivery (a name may resolve elsewhere later: DNS rebinding). The JVM keeps a
 * resolved name for 30 s, so the connection goes to the address just checked. Hosts the operator lists in
 * {@code canale.webhooks.allowed-hosts} are exempt, and only they may use plain http.
 */
@Component
class EndpointAddresses {

    /** Resolves a host name to all its addresses; tests pass their own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_URL = 2000;

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    @Autowired
    EndpointAddresses(WebhookProperties properties) {
        this(properties.allowedHostNames(), InetAddress::getAllByName);
    }

    EndpointAddresses(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts;
        this.resolver = resolver;
    }

    /** Adds what is wrong with the URL to {@code errors} under {@code path}. */
    void check(UserErrors errors, String path, String url) {
        if (url == null || url.isBlank()) {
            errors.add(path, UserErrorCode.REQUIRED, "must not be blank");
            return;
        }
        if (url.length() > MAX_URL) {
            errors.add(path, UserErrorCode.TOO_LONG, "must be at most " + MAX_URL + " characters");
            return;
        }
        refusal(url).ifPresent(refusal -> errors.add(path, refusal.code(), refusal.message()));
    }

    /** Why the URL may not be called now; empty when it may. */
    Optional<Refusal> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException ex) {
            return refuse(UserErrorCode.INVALID, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || uri.isOpaque() || host == null || host.isEmpty()
                || !scheme.equals("https") && !scheme.equals("http")) {
            return refuse(UserErrorCode.INVALID, "must be an absolute https URL, e.g. https://hooks.example.com/canale");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse(UserErrorCode.INVALID, "must not contain a user name or password");
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean allowed = allowedHosts.contains(name.toLowerCase(Locale.ROOT));
        if (scheme.equals("http") && !allowed) {
            return refuse(UserErrorCode.INVALID, "must use https");
        }
        if (allowed) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException | IllegalArgumentException | SecurityException ex) {
            return refuse(UserErrorCode.INVALID, "names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return refuse(UserErrorCode.NOT_ALLOWED, "resolves to an address webhooks may not reach (private, loopback, "
                        + "link-local, unique-local, multicast or reserved)");
            }
        }
        return addresses.length == 0 ? refuse(UserErrorCode.INVALID, "names a host that does not resolve") : Optional.empty();
    }

    record Refusal(UserErrorCode code, String message) {
    }

    private static Optional<Refusal> refuse(UserErrorCode code, String message) {
        return Optional.of(new Refusal(code, message));
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 // "this" network
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (carrier-grade NAT)
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address v6) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (v6.isIPv4CompatibleAddress() || isNat64(bytes)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return (bytes[0] & 0xe0) == 0x20; // only global unicast 2000::/3
        }
        return false;
    }

    /** 64:ff9b::/96, where a NAT64 gateway reaches IPv4 addresses. */
    private static boolean isNat64(byte[] bytes) {
        if (bytes[0] != 0 || bytes[1] != 0x64 || (bytes[2] & 0xff) != 0xff || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
