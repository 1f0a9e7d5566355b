package io.longwatch.cli.hunt;

import io.longwatch.core.event.EventSink;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import io.longwatch.formats.evtx.EvtxReader;
import io.longwatch.formats.evtx.EvtxStats;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One piece of reading work for a hunt worker: a whole input unit, or a range of chunks of a large
 * {@code .evtx} file, so that one big file is still read on every core.
 */
sealed interface ReadTask {

    /** EVTX files at least this large are split into chunk ranges. */
    long SPLIT_EVTX_BYTES = 4L << 20;
    /** Fewest 64 KiB chunks in one range, so splitting never costs more than it gains. */
    int MIN_CHUNKS_PER_RANGE = 16;

    /** Bytes this task accounts for, for the progress bar. */
    long size();

    ReadStats read(ReadOptions options, EventSink sink, ProblemSink problems);

    /** Plans the tasks for a run: large .evtx files are split into about {@code 2 × threads} ranges. */
    static List<ReadTask> plan(List<InputUnit> units, int threads) {
        return plan(units, threads, SPLIT_EVTX_BYTES, MIN_CHUNKS_PER_RANGE);
    }

    /** As {@link #plan(List, int)}, with the split thresholds given (tests split small real files). */
    static List<ReadTask> plan(List<InputUnit> units, int threads, long splitBytes, int minChunksPerRange) {
        List<ReadTask> tasks = new ArrayList<>();
        for (InputUnit unit : units) {
            boolean evtx = unit.displayPath().toLowerCase(Locale.ROOT).endsWith(".evtx");
            if (threads > 1 && evtx && unit.sizeHint() >= splitBytes) {
                int chunks = (int) ((unit.sizeHint() - 4096 + 65535) / 65536);
                int ranges = Math.max(1, Math.min(threads * 2, chunks / minChunksPerRange));
                SharedFile file = new SharedFile(unit, ranges);
                for (int r = 0; r < ranges; r++) {
                    int from = (int) ((long) chunks * r / ranges);
                    int to = r == ranges - 1 ? Integer.MAX_VALUE : (int) ((long) chunks * (r + 1) / ranges);
                    tasks.add(new EvtxRange(file, r, from, to));
                }
            } else {
                tasks.add(new WholeUnit(unit));
            }
        }
        return tasks;
    }

    /** A unit read start to end by whichever reader its content calls for. */
    record WholeUnit(InputUnit unit) implements ReadTask {
        @Override
        public long size() {
            return Math.max(0, unit.sizeHint());
        }

        @Override
        public ReadStats read(ReadOptions options, EventSink sink, ProblemSink problems) {
            return EventReaders.read(unit, options, sink, problems);
        }
    }

    /** Chunks {@code [from, to)} of a shared .evtx file; the first range also checks the file header. */
    record EvtxRange(SharedFile file, int index, int from, int to) implements ReadTask {
        @Override
        public long size() {
            return Math.max(0, file.unit.sizeHint()) / file.ranges;
        }

        @Override
        public ReadStats read(ReadOptions options, EventSink sink, ProblemSink problems) {
            byte[] data = file.acquire(problems);
            try {
                if (data == null) {
                    return ReadStats.NONE;
                }
                String path = file.unit.displayPath();
                if (index == 0 && !EvtxReader.checkHeader(data, path, problems)) {
                    return ReadStats.NONE;
                }
                EvtxStats s = EvtxReader.readChunks(data, from, to, path, sink, problems);
                return new ReadStats(s.records(), s.skipped(), index == 0 ? data.length : 0);
            } finally {
                file.release();
            }
        }
    }

    /** The bytes of one file, loaded by the first range that needs them and dropped after the last. */
    final class SharedFile {
        private final InputUnit unit;
        private final int ranges;
        private byte[] data;
        private boolean failed;
        private int released;

        SharedFile(InputUnit unit, int ranges) {
            this.unit = unit;
            this.ranges = ranges;
        }

        InputUnit unit() {
            return unit;
        }

        synchronized byte[] acquire(ProblemSink problems) {
            if (data == null && !failed) {
                try (InputStream in = unit.open()) {
                    data = in.readAllBytes();
                } catch (IOException | OutOfMemoryError e) {
                    failed = true;
                    problems.report(Problem.Stage.INPUT, unit.displayPath(), "input.unreadable", "cannot read: " + e);
                }
            }
            return data;
        }

        synchronized void release() {
            if (++released == ranges) {
                data = null;
            }
        }
    }
}
