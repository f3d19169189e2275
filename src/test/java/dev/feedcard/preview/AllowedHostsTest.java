package dev.feedcard.preview;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowedHostsTest {
    @Test
    void loopbackNamesAndTheListeningHostAreAllowedWithOrWithoutAPort() {
        AllowedHosts hosts = new AllowedHosts("127.0.0.1");
        for (String host : List.of("localhost", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:8080", "[::1]", "[::1]:8080", "[0:0:0:0:0:0:0:1]:8080")) {
            assertTrue(hosts.allows(host), host);
        }
        for (String host : List.of("attacker.example", "attacker.example:8080", "localhost.attacker.example", "127.0.0.1.nip.io",
                "localhost:80x", "localhost:", "[::1", "[::1]x", "", " ")) {
            assertFalse(hosts.allows(host), host);
        }
        assertFalse(hosts.allows(null), "no Host header");

        AllowedHosts named = new AllowedHosts("DevBox.test");
        assertTrue(named.allows("devbox.test:8080"));
        assertFalse(named.allows("otherbox.test:8080"));
        assertTrue(new AllowedHosts("::1").allows("[::1]:8080"));
    }

    @Test
    void listeningOnEveryAddressAllowsThisMachinesAddressesOnly() throws Exception {
        AllowedHosts every = new AllowedHosts("0.0.0.0");
        AllowedHosts loopback = new AllowedHosts("127.0.0.1");
        List<String> own = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a.isLoopbackAddress() || a.getHostAddress().contains("%")) continue;
                own.add(a.getHostAddress().contains(":") ? "[" + a.getHostAddress() + "]:8080" : a.getHostAddress() + ":8080");
            }
        }
        for (String host : own) {
            assertTrue(every.allows(host), host);
            assertFalse(loopback.allows(host), host + " is not a loopback address");
        }
        assertTrue(every.allows("0.0.0.0:8080"), "the address printed when listening on 0.0.0.0");
        assertTrue(every.allows("localhost:8080"));
        assertFalse(every.allows("192.0.2.1:8080"), "a documentation address no machine has");
        assertFalse(every.allows("attacker.example:8080"));
    }
}
