package io.longwatch.cli.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.core.data.SharedData;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting a real .evtx file into chunk ranges reads exactly the records a whole-file read does. */
class ReadTaskTest {

    @Test
    void chunkRangesOfAnEvtxFileTogetherReadEveryRecordOnce() {
        Optional<Path> file = SharedData.resolve("evtx/attack-samples/Privilege Escalation/Sysmon_UACME_64.evtx");
        assumeTrue(file.isPresent(), "LONGWATCH_DATA not found: skipping EVTX split test");
        InputUnit unit = InputUnit.ofFile(file.get());

        List<ReadTask> whole = ReadTask.plan(List.of(unit), 1);
        List<ReadTask> split = ReadTask.plan(List.of(unit), 2, 0, 2);
        assertThat(whole).singleElement().isInstanceOf(ReadTask.WholeUnit.class);
        assertThat(split).hasSizeGreaterThan(1).allMatch(t -> t instanceof ReadTask.EvtxRange);

        List<Long> expected = recordIds(whole);
        List<Long> actual = recordIds(split);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static List<Long> recordIds(List<ReadTask> tasks) {
        List<Long> ids = new ArrayList<>();
        ProblemLog problems = new ProblemLog(10);
        long bytes = 0;
        for (ReadTask t : tasks) {
            bytes += t.read(ReadOptions.defaults(), (Event e) -> ids.add(e.source().recordId()), problems).bytes();
        }
        assertThat(bytes).as("file bytes are counted once").isEqualTo(1118208);
        return ids;
    }
}
