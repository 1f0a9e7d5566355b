package io.longwatch.intel.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.ObservableType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Indicators written by this test from addresses and domains in the Stratosphere Zeek logs match
 * exactly the records holding them in address / host-name fields (counted here from the raw TSV,
 * without Longwatch's Zeek reader); substring-only values match nothing.
 */
class ZeekRealDataMatchTest {

    // This test's own statement of which Zeek fields carry addresses and host names.
    static final List<String> ADDRESS_FIELDS = List.of("id.orig_h", "id.resp_h", "src", "dst", "tx_hosts", "rx_hosts",
            "x_originating_ip", "assigned_addr", "client_addr", "server_addr", "requested_addr");
    static final List<String> NAME_FIELDS = List.of("host", "server_name", "sni", "query", "certificate.cn", "answers");

    @Test
    void stratosphereLogs() throws Exception {
        Optional<Path> dir = SharedData.resolve("zeek/stratosphere");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping Zeek indicator matching");
        List<WindowsRealDataMatchTest.Case> cases = List.of(
                ipCase("147.32.83.165", 32),
                ipCase("147.32.80.0", 22),
                ipCase("fd77:48a1:c0bb::1", 128),
                domainCase("pusher.com"),
                domainCase("jepntwjomiaq.su"));
        List<Indicator> substringsOnly = List.of(
                WindowsRealDataMatchTest.ind(ObservableType.IPV4, "147.32.83.16"),
                WindowsRealDataMatchTest.ind(ObservableType.DOMAIN, "usher.com"));
        WindowsRealDataMatchTest.check(List.of(dir.get().toString()), RawRecord.zeekTsv(dir.get()), cases,
                substringsOnly, true);
    }

    /** Every token of the record's address and host-name fields (sets and vectors split at commas, ports cut). */
    static List<String> tokens(RawRecord r, List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            String v = r.fields().get(f);
            if (v == null) {
                continue;
            }
            for (String t : v.split(",")) {
                String s = t.trim();
                if (f.equals("host") && s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':')) {
                    s = s.substring(0, s.indexOf(':'));
                }
                out.add(s);
            }
        }
        // the host of a referrer / proxied URL counts too
        for (String f : List.of("referrer", "proxied")) {
            String v = r.fields().get(f);
            if (v != null) {
                try {
                    String host = java.net.URI.create(v.trim()).getHost();
                    if (host != null) {
                        out.add(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
                    }
                } catch (IllegalArgumentException notAUri) {
                    // not a URL: no host
                }
            }
        }
        return out;
    }

    static WindowsRealDataMatchTest.Case ipCase(String address, int prefix) {
        ObservableType type = address.contains(":") ? ObservableType.IPV6 : ObservableType.IPV4;
        String value = prefix == (type == ObservableType.IPV4 ? 32 : 128) ? address : address + "/" + prefix;
        byte[] net = WindowsRealDataMatchTest.literal(address);
        List<String> fields = new ArrayList<>(ADDRESS_FIELDS);
        fields.addAll(NAME_FIELDS);
        return new WindowsRealDataMatchTest.Case(WindowsRealDataMatchTest.ind(type, value), r -> {
            for (String t : tokens(r, fields)) {
                byte[] b = WindowsRealDataMatchTest.literal(t);
                if (b != null && b.length == net.length && WindowsRealDataMatchTest.samePrefix(b, net, prefix)) {
                    return true;
                }
            }
            return false;
        });
    }

    static WindowsRealDataMatchTest.Case domainCase(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return new WindowsRealDataMatchTest.Case(WindowsRealDataMatchTest.ind(ObservableType.DOMAIN, domain), r -> {
            for (String t : tokens(r, NAME_FIELDS)) {
                String v = t.toLowerCase(Locale.ROOT);
                if (v.endsWith(".")) {
                    v = v.substring(0, v.length() - 1);
                }
                if (v.equals(d) || v.endsWith("." + d)) {
                    return true;
                }
            }
            return false;
        });
    }
}
