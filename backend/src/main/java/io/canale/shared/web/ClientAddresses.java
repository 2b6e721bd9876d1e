package io.canale.shared.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a per-address rate limit counts under. An IPv4 address is one client; an IPv6 client usually holds a
 * whole /64 and could rotate through it, so its key is the /64 prefix.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    /** The address itself for IPv4 (or anything unparseable), its /64 network for IPv6. */
    public static String rateLimitKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal with a colon is parsed, never looked up in DNS.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException ex) {
            return address;
        }
    }
}
