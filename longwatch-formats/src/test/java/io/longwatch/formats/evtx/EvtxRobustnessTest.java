package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Property: whatever damage is done to a real EVTX file (truncation anywhere, byte flips in the
 * file header, in chunk headers and in records, zeroed chunks, spans of random bytes, up to four
 * at once), the reader returns promptly, without throwing, with a bounded number of events of
 * bounded size; and whenever the events differ from those of the intact file, it has reported at
 * least one problem (nothing is lost silently).
 */
@AddLifecycleHook(EvtxRobustnessTest.NeedsData.class)
class EvtxRobustnessTest {

    /** Skips the property (instead of failing it) when the corpora are not there. */
    public static final class NeedsData implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return SharedData.root().isPresent() ? SkipResult.doNotSkip()
                    : SkipResult.skip("LONGWATCH_DATA not found: skipping EVTX robustness properties");
        }
    }

    private static final String[] SAMPLES = {
        EvtxDamageTest.SAMPLE,
        "evtx/attack-samples/Credential Access/ACL_ForcePwd_SPNAdd_User_Computer_Accounts.evtx",
        "evtx/attack-samples/Lateral Movement/LM_xp_cmdshell_MSSQL_Events.evtx",
    };
    private static final int CHUNK = 0x10000;
    private static final int HEADER = 4096;
    /** The smallest possible record: 24-byte header and 4-byte size copy. */
    private static final int MIN_RECORD = 28;
    private static final int MAX_FIELDS_PER_EVENT = 10_000;

    private static List<byte[]> files;
    private static List<List<String>> intactEvents;

    /** One piece of damage; {@code where}, {@code amount} and {@code seed} are interpreted per kind. */
    record Damage(Kind kind, int where, int amount, long seed) {
        enum Kind { TRUNCATE, FLIP_FILE_HEADER, FLIP_CHUNK_HEADER, FLIP_RECORDS, ZERO_CHUNK, RANDOM_SPAN }
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<Damage> one = Combinators.combine(
                Arbitraries.of(Damage.Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, 40),
                Arbitraries.longs()).as(Damage::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1200)
    void readerTerminatesBoundedAndReportsDamage(@ForAll("damages") List<Damage> damages,
                                                 @ForAll @IntRange(min = 0, max = 2) int sample) throws IOException {
        load();
        byte[] data = files.get(sample);
        for (Damage d : damages) {
            data = apply(data, d);
        }
        List<String> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long[] fields = {0};
        long start = System.nanoTime();
        EvtxStats stats = EvtxReader.read(data, "mutant.evtx", e -> {
            assertThat(e.size()).isLessThanOrEqualTo(MAX_FIELDS_PER_EVENT);
            fields[0] += e.size();
            events.add(render(e));
        }, problems::add);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("read time of %d bytes after %s", data.length, damages).isLessThan(10_000);
        assertThat(stats.records()).isEqualTo(events.size());
        assertThat((long) events.size()).isLessThanOrEqualTo(data.length / MIN_RECORD);
        assertThat(stats.chunks()).isLessThanOrEqualTo(EvtxReader.chunkCount(data));
        for (Problem p : problems) {
            assertThat(p.place()).startsWith("mutant.evtx");
            assertThat(p.kind()).startsWith("evtx.");
            assertThat(p.message()).isNotBlank();
        }
        if (!events.equals(intactEvents.get(sample))) {
            assertThat(problems).as("damage %s changed the events but nothing was reported", damages).isNotEmpty();
        }
    }

    private static String render(Event e) {
        return e.toString() + "@" + e.timeMicros() + "/" + e.host();
    }

    static byte[] apply(byte[] original, Damage d) {
        byte[] data = Arrays.copyOf(original, original.length);
        int length = data.length;
        if (length == 0) {
            return data;
        }
        Random random = new Random(d.seed());
        int chunks = Math.max(1, EvtxReader.chunkCount(data));
        int base = HEADER + (d.where() % chunks) * CHUNK;
        switch (d.kind()) {
            case TRUNCATE -> {
                return Arrays.copyOf(data, d.where() % length);
            }
            case FLIP_FILE_HEADER -> flip(data, 0, Math.min(length, 128), d.amount(), random);
            case FLIP_CHUNK_HEADER -> flip(data, base, Math.min(length, base + 512), d.amount(), random);
            case FLIP_RECORDS -> flip(data, base + 512, Math.min(length, base + CHUNK), d.amount(), random);
            case ZERO_CHUNK -> Arrays.fill(data, Math.min(length, base), Math.min(length, base + CHUNK), (byte) 0);
            case RANDOM_SPAN -> {
                int at = d.where() % length;
                int end = Math.min(length, at + d.amount() * 64);
                for (int i = at; i < end; i++) {
                    data[i] = (byte) random.nextInt(256);
                }
            }
            default -> throw new IllegalStateException(d.kind().toString());
        }
        return data;
    }

    private static void flip(byte[] data, int from, int to, int count, Random random) {
        if (to <= from) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int at = from + random.nextInt(to - from);
            data[at] ^= (byte) (1 + random.nextInt(255));
        }
    }

    private static synchronized void load() throws IOException {
        Optional<Path> root = SharedData.root();
        if (files != null || root.isEmpty()) {
            return;
        }
        List<byte[]> loaded = new ArrayList<>();
        List<List<String>> intact = new ArrayList<>();
        for (String s : SAMPLES) {
            byte[] data = Files.readAllBytes(root.get().resolve(s));
            List<String> events = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            EvtxReader.read(data, "mutant.evtx", e -> events.add(render(e)), problems::add);
            assertThat(problems).as("intact sample %s", s).isEmpty();
            assertThat(events).as("intact sample %s", s).isNotEmpty();
            loaded.add(data);
            intact.add(events);
        }
        intactEvents = intact;
        files = loaded;
    }
}
