package io.longwatch.cli.bench;

import io.longwatch.core.event.Event;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible mix of indicators for benchmarks, shaped like real feeds: mostly IPv4 addresses and
 * domains, some CIDR blocks, IPv6 addresses, URLs, hashes, mail addresses and file names.
 */
final class SyntheticIndicators {

    private static final String[] TLDS = {"com", "net", "org", "info", "ru", "cn", "top", "xyz", "io", "biz"};
    private static final String[] EXTS = {"exe", "dll", "ps1", "bat", "zip", "png", "js", "vbs"};

    private SyntheticIndicators() {
    }

    /** {@code n} indicators from {@code seed}, the {@code planted} ones (values known to occur) among them. */
    static List<Indicator> generate(int n, long seed, List<Indicator> planted) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Indicator> out = new ArrayList<>(n);
        out.addAll(planted);
        for (int i = out.size(); i < n; i++) {
            int k = r.nextInt(100);
            ObservableType type;
            String value;
            if (k < 40) {
                type = ObservableType.IPV4;
                value = (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
            } else if (k < 45) {
                type = ObservableType.IPV4;
                int len = 16 + r.nextInt(13);
                long a = (long) (1 + r.nextInt(223)) << 24 | (long) r.nextInt(1 << 24);
                a &= (0xFFFFFFFFL << (32 - len)) & 0xFFFFFFFFL;
                value = (a >>> 24) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255) + "/" + len;
            } else if (k < 50) {
                type = ObservableType.IPV6;
                value = String.format("2001:%x:%x:%x::%x", r.nextInt(65536), r.nextInt(65536), r.nextInt(65536),
                        1 + r.nextInt(65535));
            } else if (k < 75) {
                type = ObservableType.DOMAIN;
                value = label(r) + "." + TLDS[r.nextInt(TLDS.length)];
            } else if (k < 85) {
                type = ObservableType.URL;
                value = "http://" + label(r) + "." + TLDS[r.nextInt(TLDS.length)] + "/" + label(r) + "/" + label(r)
                        + ".php?id=" + r.nextInt(100000);
            } else if (k < 95) {
                int h = r.nextInt(3);
                type = h == 0 ? ObservableType.MD5 : h == 1 ? ObservableType.SHA1 : ObservableType.SHA256;
                value = hex(r, h == 0 ? 32 : h == 1 ? 40 : 64);
            } else if (k < 98) {
                type = ObservableType.EMAIL;
                value = label(r) + "@" + label(r) + "." + TLDS[r.nextInt(TLDS.length)];
            } else {
                type = ObservableType.FILE_NAME;
                value = label(r) + "." + EXTS[r.nextInt(EXTS.length)];
            }
            out.add(of("bench--" + i, type, value));
        }
        return out;
    }

    static Indicator of(String id, ObservableType type, String value) {
        return new Indicator(id, type, value, null, "bench", List.of(), 50, Event.NO_TIME, Event.NO_TIME, false,
                IntelContext.NONE, List.of());
    }

    private static String label(SplittableRandom r) {
        int len = 6 + r.nextInt(9);
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) ('a' + r.nextInt(26));
        }
        return new String(c);
    }

    private static String hex(SplittableRandom r, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = "0123456789abcdef".charAt(r.nextInt(16));
        }
        return new String(c);
    }
}
