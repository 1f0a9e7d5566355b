package io.longwatch.cli.bench;

import io.longwatch.core.problem.ProblemLog;
import io.longwatch.intel.IntelLoadOptions;
import io.longwatch.intel.IntelLoader;
import io.longwatch.intel.IntelSet;
import io.longwatch.intel.warninglist.WarningLists;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measured side of {@code longwatch bench intel-load}, run in a child JVM with the heap limit under
 * test: loads the feeds once and prints one line {@code seconds=.. retainedMB=.. peakMB=.. indicators=..
 * rejected=..}. Arguments: {@code [--warning-lists DIR] FILE...}.
 */
public final class IntelLoadProbe {

    private IntelLoadProbe() {
    }

    /** CPU time of the whole process (all threads, GC included), or 0 when the platform does not say. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        Path lists = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warning-lists")) {
                lists = Path.of(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        ProblemLog problems = new ProblemLog(3);
        IntelLoadOptions options = IntelLoadOptions.defaults();
        long t0 = System.nanoTime();
        if (lists != null) {
            options = options.withWarningLists(WarningLists.load(lists, problems));
        }
        long t1 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long proc0 = processCpu();
        IntelSet set = IntelLoader.load(files, options, problems);
        long t2 = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        long proc = processCpu() - proc0;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "seconds=%.3f cpuSeconds=%.3f processCpuSeconds=%.3f listSeconds=%.3f retainedMB=%.1f peakMB=%.1f indicators=%d "
                + "rejected=%d maxHeapMB=%.0f%n", (t2 - t1) / 1e9, cpu / 1e9, proc / 1e9, (t1 - t0) / 1e9, retained / 1048576.0,
                peak / 1048576.0, set.indicators().size(), set.rejected(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
