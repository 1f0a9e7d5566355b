package io.longwatch.sigma.ir;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The dotted-quad fast path of {@code cidr} answers exactly as the address library does. */
class CidrMatcherTest {

    private static boolean byLibrary(String network, String value) {
        IPAddress net = new IPAddressString(network).getAddress().toPrefixBlock();
        IPAddress addr = new IPAddressString(value.trim()).getAddress();
        return addr != null && addr.getIPVersion() == net.getIPVersion() && net.contains(addr);
    }

    @Property(tries = 3000)
    void dottedQuadsAgreeWithTheLibrary(@ForAll("networks") String network, @ForAll("addresses") String value) {
        assertThat(new CidrMatcher(network).test(value, value, null))
                .as("%s in %s", value, network)
                .isEqualTo(byLibrary(network, value));
    }

    @Provide
    Arbitrary<String> networks() {
        Arbitrary<Integer> octet = Arbitraries.oneOf(Arbitraries.of(0, 10, 127, 172, 192, 168, 255),
                Arbitraries.integers().between(0, 255));
        return net.jqwik.api.Combinators.combine(octet, octet, octet, octet, Arbitraries.integers().between(0, 32))
                .as((a, b, c, d, p) -> a + "." + b + "." + c + "." + d + "/" + p);
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<Integer> octet = Arbitraries.oneOf(Arbitraries.of(0, 10, 127, 172, 192, 168, 255, 16, 31),
                Arbitraries.integers().between(0, 255));
        return net.jqwik.api.Combinators.combine(octet, octet, octet, octet)
                .as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    }

    @Test
    void edgesOfTheFastPath() {
        CidrMatcher tenSlash8 = new CidrMatcher("10.0.0.0/8");
        assertThat(tenSlash8.test("10.255.255.255", null, null)).isTrue();
        assertThat(tenSlash8.test("11.0.0.0", null, null)).isFalse();
        assertThat(tenSlash8.test("9.255.255.255", null, null)).isFalse();
        assertThat(new CidrMatcher("0.0.0.0/0").test("203.0.113.9", null, null)).isTrue();
        assertThat(new CidrMatcher("192.168.1.7/32").test("192.168.1.7", null, null)).isTrue();
        assertThat(new CidrMatcher("192.168.1.7/32").test("192.168.1.8", null, null)).isFalse();
        // Not dotted quads: left to the library, whose answers these must stay.
        for (String v : new String[] {"010.0.0.1", "10.0.0.256", "10.0.0", "10.0.0.1.5", "::ffff:10.0.0.1", "fe80::1"}) {
            assertThat(tenSlash8.test(v, v, null)).as(v).isEqualTo(byLibrary("10.0.0.0/8", v));
        }
        CidrMatcher v6 = new CidrMatcher("fe80::/10");
        assertThat(v6.test("10.0.0.1", null, null)).isFalse();
        assertThat(v6.test("fe80::1", null, null)).isTrue();
    }
}
