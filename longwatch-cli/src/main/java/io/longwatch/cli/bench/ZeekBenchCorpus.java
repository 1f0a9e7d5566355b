package io.longwatch.cli.bench;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import io.longwatch.formats.ReadOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A large Zeek conn.log corpus made from real ones: every conn record of the given logs is a template;
 * copy k shifts the templates onto day {@code k mod days} of a simulated range and gives every address
 * a fresh one (distinct hosts per copy, internal ones stay private). Copies are rendered as Zeek TSV
 * on the fly when a unit is opened, so the corpus costs only its templates in memory.
 */
final class ZeekBenchCorpus {

    /** 2026-01-01T00:00:00Z, the first simulated day. */
    private static final long START_SECONDS = 1_767_225_600L;
    private static final String[] COLUMNS = {"uid", "id.orig_p", "id.resp_p", "proto", "service", "duration",
        "orig_bytes", "resp_bytes", "conn_state", "local_orig", "local_resp", "missed_bytes", "history", "orig_pkts",
        "orig_ip_bytes", "resp_pkts", "resp_ip_bytes"};
    private static final String HEADER = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n"
            + "#path\tconn\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\t"
            + "orig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\t"
            + "orig_ip_bytes\tresp_pkts\tresp_ip_bytes\n"
            + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\t"
            + "count\tstring\tcount\tcount\tcount\tcount\n";

    /** One template record: micros from its capture's start, address indexes, the other columns. */
    private record Row(long offsetMicros, int src, int dst, byte[] rest) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Boolean> internal = new ArrayList<>();

    int templates() {
        return rows.size();
    }

    int addresses() {
        return internal.size();
    }

    /** Reads every conn record of the inputs (any Zeek format the readers know) as templates. */
    static ZeekBenchCorpus load(List<String> paths, ProblemSink problems) {
        ZeekBenchCorpus c = new ZeekBenchCorpus();
        Map<String, Integer> ids = new HashMap<>();
        for (InputUnit u : Inputs.expand(paths, problems)) {
            List<Event> conn = new ArrayList<>();
            EventReaders.read(u, ReadOptions.defaults(), e -> {
                if ("conn".equals(e.getText("_path")) && e.timeMicros() != Event.NO_TIME
                        && e.getText("id.orig_h") != null && e.getText("id.resp_h") != null) {
                    conn.add(e);
                }
            }, problems);
            long start = Long.MAX_VALUE;
            for (Event e : conn) {
                start = Math.min(start, e.timeMicros());
            }
            for (Event e : conn) {
                StringBuilder rest = new StringBuilder();
                for (String col : COLUMNS) {
                    String v = e.getText(col);
                    rest.append('\t').append(v == null || v.isEmpty() ? "-" : v);
                }
                c.rows.add(new Row(e.timeMicros() - start, c.id(ids, e.getText("id.orig_h")), c.id(ids, e.getText("id.resp_h")),
                        rest.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return c;
    }

    private int id(Map<String, Integer> ids, String address) {
        Integer id = ids.get(address);
        if (id == null) {
            id = internal.size();
            ids.put(address, id);
            internal.add(address.startsWith("10.") || address.startsWith("192.168.") || address.startsWith("172.")
                    || address.startsWith("fd") || address.startsWith("fe80"));
        }
        return id;
    }

    /** Enough copies for at least {@code minRecords} records, spread over {@code days} days. */
    List<InputUnit> units(long minRecords, int days) {
        int copies = (int) Math.max(1, (minRecords + rows.size() - 1) / rows.size());
        if ((long) copies * addresses() >= 1L << 24) {
            throw new IllegalArgumentException("too many copies for distinct addresses in a /8: " + copies);
        }
        List<InputUnit> units = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            int copy = k;
            long dayStart = START_SECONDS + (long) (k % days) * 86_400 + (k / days) * 37L;
            units.add(InputUnit.of("bench/copy-" + k + "/conn.log", -1, () -> new CopyStream(copy, dayStart)));
        }
        return units;
    }

    long records(List<InputUnit> units) {
        return (long) units.size() * rows.size();
    }

    /** Renders one copy line by line. */
    private final class CopyStream extends InputStream {
        private final int copy;
        private final long dayStartMicros;
        private final StringBuilder line = new StringBuilder(256);
        private byte[] buf = HEADER.getBytes(StandardCharsets.US_ASCII);
        private int pos;
        private int next;

        CopyStream(int copy, long dayStartSeconds) {
            this.copy = copy;
            this.dayStartMicros = dayStartSeconds * 1_000_000L;
        }

        private boolean fill() {
            if (next >= rows.size()) {
                return false;
            }
            Row r = rows.get(next++);
            line.setLength(0);
            long ts = dayStartMicros + r.offsetMicros();
            line.append(ts / 1_000_000).append('.');
            String frac = Long.toString(1_000_000 + ts % 1_000_000);
            line.append(frac, 1, 7).append('\t');
            // Column order: ts uid orig_h orig_p resp_h resp_p ...; rest starts with \tuid\torig_p\tresp_p...
            byte[] rest = r.rest();
            int uidEnd = indexOf(rest, 1);
            int origPEnd = indexOf(rest, uidEnd + 1);
            int respPEnd = indexOf(rest, origPEnd + 1);
            StringBuilder b = line;
            b.append(new String(rest, 1, uidEnd - 1, StandardCharsets.US_ASCII)).append(copy).append('\t');
            address(b, r.src()).append('\t');
            b.append(new String(rest, uidEnd + 1, origPEnd - uidEnd - 1, StandardCharsets.US_ASCII)).append('\t');
            address(b, r.dst()).append('\t');
            b.append(new String(rest, origPEnd + 1, respPEnd - origPEnd - 1, StandardCharsets.US_ASCII));
            b.append(new String(rest, respPEnd, rest.length - respPEnd, StandardCharsets.US_ASCII)).append('\n');
            buf = b.toString().getBytes(StandardCharsets.US_ASCII);
            pos = 0;
            return true;
        }

        private StringBuilder address(StringBuilder b, int id) {
            long g = (long) copy * addresses() + id;
            b.append(internal.get(id) ? "10." : "44.").append((g >> 16) & 255).append('.').append((g >> 8) & 255)
                    .append('.').append(g & 255);
            return b;
        }

        private static int indexOf(byte[] a, int from) {
            for (int i = from; i < a.length; i++) {
                if (a[i] == '\t') {
                    return i;
                }
            }
            return a.length;
        }

        @Override
        public int read() {
            if (pos >= buf.length && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] out, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                if (pos >= buf.length && !fill()) {
                    return n == 0 ? -1 : n;
                }
                int k = Math.min(len - n, buf.length - pos);
                System.arraycopy(buf, pos, out, off + n, k);
                pos += k;
                n += k;
            }
            return n;
        }
    }
}
