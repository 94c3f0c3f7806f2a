package dev.sandcastle.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses webhook targets that would let a consumer make this server call into its own network
 * (SSRF): every address the host resolves to must be public. Checked when a webhook is
 * registered and again before every delivery (DNS may change in between). Plain Java, so the
 * rules are tested without a server.
 */
public final class TargetGuard {
    private final boolean allowPrivate;

    public TargetGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why this URL may not be a target, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("url is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("url must be an http or https URL.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("url must not carry credentials.");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("url has no host.");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("url's host '" + host + "' does not resolve.");
        } catch (SecurityException | IllegalArgumentException e) {
            return Optional.of("url's host '" + host + "' is not valid.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("url's host '" + host + "' resolves to a non-public address (" + address.getHostAddress()
                        + "); webhooks may only call public addresses.");
            }
        }
        return Optional.empty();
    }

    /** False for loopback, private, link-local, unique-local, multicast, CGNAT, documentation and other reserved ranges. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || (b[10] == 0 && b[11] == 0))) {
                // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) reach IPv4 addresses
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (first == 0x20 && b[1] == 0x02) {
                return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 embeds an IPv4 address
            }
            if (first == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            return (first & 0xe0) == 0x20; // only 2000::/3 is global unicast
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && second >= 64 && second <= 127)   // 100.64/10 carrier-grade NAT
                || (a == 169 && second == 254)                    // link-local, cloud metadata
                || (a == 172 && second >= 16 && second <= 31)
                || (a == 192 && second == 168)
                || (a == 192 && second == 0 && (b[2] & 0xff) == 0)    // 192.0.0/24 protocol assignments
                || (a == 192 && second == 0 && (b[2] & 0xff) == 2)    // documentation
                || (a == 198 && (second == 18 || second == 19))       // benchmarking
                || (a == 198 && second == 51 && (b[2] & 0xff) == 100)
                || (a == 203 && second == 0 && (b[2] & 0xff) == 113));
    }
}
