package io.longwatch.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemLogTest {

    @Test
    void countsEverythingButKeepsOnlyTheFirstExamplesPerKind() {
        ProblemLog log = new ProblemLog(3);
        for (int i = 1; i <= 10; i++) {
            log.report(Problem.Stage.RECORD, "a.jsonl:" + i, "json.malformed", "bad");
        }
        log.report(Problem.Stage.RULE, "r.yml (id)", "regex.invalid", "bad regex in CommandLine|re");
        assertThat(log.count(Problem.Stage.RECORD)).isEqualTo(10);
        assertThat(log.countsByKind(Problem.Stage.RECORD)).containsEntry("json.malformed", 10L);
        assertThat(log.examples(Problem.Stage.RECORD)).hasSize(3);
        assertThat(log.examples(Problem.Stage.RULE)).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("r.yml (id)").contains("CommandLine|re"));
        assertThat(log.count(Problem.Stage.INPUT)).isZero();
    }

    @Test
    void isSafeUnderConcurrentReports() throws Exception {
        ProblemLog log = new ProblemLog(5);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> IntStream.range(0, 10_000)
                    .forEach(i -> log.report(Problem.Stage.RECORD, "x:" + i, "k" + (i % 3), "m")));
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(log.count(Problem.Stage.RECORD)).isEqualTo(40_000);
        assertThat(log.examples(Problem.Stage.RECORD)).hasSize(15);
    }
}
