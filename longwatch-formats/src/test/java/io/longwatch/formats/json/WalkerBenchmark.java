package io.longwatch.formats.json;

import io.longwatch.formats.FieldInterest;
import io.longwatch.formats.ReadBenchmark;
import io.longwatch.formats.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON reader over the OTRF corpus in memory, one thread, with the byte walker and with
 * Jackson only, runs interleaved so that machine noise hits both alike. Run by hand:
 * {@code java -cp <test classpath> io.longwatch.formats.json.WalkerBenchmark [runs [all|no-fields [walker-only]]]}
 * ({@code -DdecodeOnly=true}: records cut at newlines and handed to a bare decoder, no framing). Prints
 * medians by this thread's CPU time (the figure that says what the reader costs on a shared
 * machine) and by wall-clock time.
 */
public final class WalkerBenchmark {

    private static final boolean DECODE_ONLY = Boolean.getBoolean("decodeOnly");

    private WalkerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ReadOptions options = new ReadOptions(FieldInterest.all(), ReadOptions.DEFAULT_MAX_RECORD_BYTES);
        // [runs [all|no-fields [walker-only]]]; -DdecodeOnly=true leaves out the framing.
        int modes = args.length > 2 ? 1 : 2;
        if (args.length > 1 && args[1].equals("no-fields")) {
            options = new ReadOptions(FieldInterest.of(java.util.Set.of()), ReadOptions.DEFAULT_MAX_RECORD_BYTES);
        }
        List<byte[]> members = ReadBenchmark.otrfJsonMembers();
        long bytes = 0;
        for (byte[] m : members) {
            bytes += m.length;
        }
        long events = read(members, options, true);
        read(members, options, false);
        System.out.printf("OTRF in memory: %d members, %.1f MB, %d events%n", members.size(), bytes / 1e6, events);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[2][runs];
        double[][] wall = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int mode = 0; mode < modes; mode++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                read(members, options, mode == 0);
                cpu[mode][i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                wall[mode][i] = (System.nanoTime() - t0) / 1e9;
            }
        }
        for (int mode = 0; mode < modes; mode++) {
            Arrays.sort(cpu[mode]);
            Arrays.sort(wall[mode]);
            double c = cpu[mode][runs / 2];
            double w = wall[mode][runs / 2];
            System.out.printf("%-14s cpu: %,9.0f events/s %6.1f MB/s %5.2f us/event | wall: %,9.0f events/s%n",
                    mode == 0 ? "byte walker" : "jackson only", events / c, bytes / c / 1e6, c * 1e6 / events,
                    events / w);
        }
    }

    /** Decodes every line with a bare decoder: the cost of the decoding alone, without framing. */
    private static long decodeLines(List<byte[]> members, ReadOptions options, boolean fastPath) throws IOException {
        RecordDecoder d = new RecordDecoder(JsonEventReader.FACTORY, LayoutSet.standard(), options.interest(), fastPath);
        long n = 0;
        for (byte[] m : members) {
            int start = 0;
            while (start < m.length) {
                int nl = LineFramer.indexOfNewline(m, start, m.length);
                int stop = nl < 0 ? m.length : nl;
                if (stop > start) {
                    d.decode(m, start, stop - start, "otrf.json", 1);
                    n += d.events().size();
                }
                start = stop + 1;
            }
        }
        return n;
    }

    private static long read(List<byte[]> members, ReadOptions options, boolean fastPath) throws IOException {
        if (DECODE_ONLY) {
            return decodeLines(members, options, fastPath);
        }
        long events = 0;
        JsonEventReader reader = new JsonEventReader(options, fastPath);
        for (byte[] m : members) {
            events += reader.read(new ByteArrayInputStream(m), false, "otrf.json", e -> { }, p -> { }).records();
        }
        return events;
    }
}
