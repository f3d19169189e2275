package dev.feedcard.preview;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the server answers to in a request's {@code Host} header: {@code localhost}, the loopback addresses
 * ({@code 127.0.0.1}, {@code [::1]}), the host {@code serve} listens on, and, when that is every address
 * ({@code 0.0.0.0} or {@code ::}), the addresses of this machine. Anything else is refused: a page that a DNS
 * rebinding attack points at the local server names the attacker's host, and gets nothing from the blog.
 * An IP address is never looked up in DNS, and neither is a name.
 */
final class AllowedHosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+(%[0-9A-Za-z_.-]+)?");

    private final Set<String> names;
    private final boolean wildcard;

    /** @param listening the host the server was asked to listen on, as given ({@code --host}) */
    AllowedHosts(String listening) {
        String own = normalised(listening);
        this.names = own == null ? Set.of("localhost") : Set.of("localhost", own);
        InetAddress address = literal(own);
        this.wildcard = address != null && address.isAnyLocalAddress();
    }

    /** Whether a request with this {@code Host} header (null when it had none) is answered. */
    boolean allows(String hostHeader) {
        String host = normalised(withoutPort(hostHeader));
        if (host == null) return false;
        if (names.contains(host)) return true;
        InetAddress address = literal(host);
        if (address == null) return false;
        if (address.isLoopbackAddress()) return true;
        if (!wildcard) return false;
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** The host part of a Host header: {@code name}, {@code name:port}, {@code [v6]} or {@code [v6]:port}; null when malformed. */
    private static String withoutPort(String header) {
        if (header == null) return null;
        String h = header.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return null;
            String rest = h.substring(close + 1);
            return rest.isEmpty() || rest.matches(":\\d{1,5}") ? h.substring(0, close + 1) : null;
        }
        int colon = h.indexOf(':');
        if (colon < 0) return h;
        return h.substring(colon + 1).matches("\\d{1,5}") ? h.substring(0, colon) : null;
    }

    /** Lower case, an IPv6 address in brackets and in its canonical form; null when empty. */
    private static String normalised(String host) {
        if (host == null || host.isBlank()) return null;
        String h = host.strip().toLowerCase(Locale.ROOT);
        String bare = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        if (bare.contains(":")) {
            InetAddress address = parse(bare);
            return address == null ? null : "[" + address.getHostAddress() + "]";
        }
        return h;
    }

    /** The address an IP literal (an IPv6 one in brackets) names, or null for a name. */
    private static InetAddress literal(String host) {
        if (host == null) return null;
        if (host.startsWith("[") && host.endsWith("]")) return parse(host.substring(1, host.length() - 1));
        return IPV4.matcher(host).matches() ? parse(host) : null;
    }

    private static InetAddress parse(String literal) {
        if (!IPV4.matcher(literal).matches() && !(literal.contains(":") && IPV6.matcher(literal).matches())) return null;
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
