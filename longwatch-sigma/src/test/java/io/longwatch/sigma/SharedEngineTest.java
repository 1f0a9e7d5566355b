package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One compiled engine serves several threads (one matcher each) with identical results. */
class SharedEngineTest {

    @Test
    void matchersOnSeveralThreadsAgreeWithOneThread() throws Exception {
        List<Path> folders = CorpusRules.folders();
        ProblemLog problems = new ProblemLog(10);
        SigmaEngine engine = SigmaEngine.compile(SigmaRuleLoader.load(folders, problems).rules(),
                LogsourceMapping.defaults(), Map.of(), problems);
        List<Event> events = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folders.get(0).getParent().resolve("regression_data"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                EventReaders.read(InputUnit.ofFile(p), ReadOptions.defaults(), events::add, problems);
            }
        }
        List<String> expected = fired(engine.newMatcher(), events);
        assertThat(expected).hasSizeGreaterThan(150);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> fired(engine.newMatcher(), events)));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> fired(SigmaMatcher m, List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            m.match(e, f -> out.add(e.source().place() + " " + f.rule().id() + " " + f.matches()));
        }
        return out;
    }
}
