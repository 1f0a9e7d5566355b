package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.WindowsFields;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OTRF Security-Datasets: zipped JSON lines of flattened (NXLog) Windows events. */
class OtrfTest {

    @Test
    void everyOtrfZipExpandsAndReadsAsFlattenedWindowsEvents() {
        Optional<Path> dir = SharedData.resolve("windows-json/otrf");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping OTRF test");
        ProblemLog problems = new ProblemLog(20);
        // The folder also holds LICENSE and SOURCE; the data is in the zips.
        List<InputUnit> units = Inputs.expand(List.of(dir.get().toString()), problems).stream()
                .filter(u -> u.displayPath().contains(".zip!/")).toList();
        assertThat(problems.count(Problem.Stage.INPUT)).isZero();
        assertThat(units).as("zip members").hasSizeGreaterThanOrEqualTo(76);
        long jsonMembers = units.stream().filter(u -> u.displayPath().endsWith(".json")).count();
        long captureMembers = units.size() - jsonMembers;

        long[] events = {0};
        long[] windows = {0};
        long[] sysmonWithImage = {0};
        long[] withRecordId = {0};
        long records = 0;
        for (InputUnit unit : units) {
            ReadStats stats = EventReaders.read(unit, ReadOptions.defaults(), e -> {
                events[0]++;
                if (isCompleteWindowsEvent(e)) {
                    windows[0]++;
                }
                if (e.source().recordId() >= 0) {
                    withRecordId[0]++;
                }
                if ("Microsoft-Windows-Sysmon".equals(e.get(WindowsFields.PROVIDER_NAME)) && e.has("Image")) {
                    sysmonWithImage[0]++;
                }
            }, problems);
            records += stats.records();
            if (unit.displayPath().endsWith(".json")) {
                assertThat(stats.records()).as(unit.displayPath()).isPositive();
            } else {
                assertThat(stats.records()).as(unit.displayPath()).isZero();
            }
        }
        System.out.printf("OTRF: %d json members, %d units, %d events, %d complete Windows events,"
                        + " %d with a record id, record problems %s%n", jsonMembers, units.size(), events[0],
                windows[0], withRecordId[0], problems.countsByKind(Problem.Stage.RECORD));
        assertThat(problems.countsByKind(Problem.Stage.RECORD)).as("record problems").isEmpty();
        // Some archives also carry network captures (.cap/.pcapng): sniffed as binary, reported, skipped.
        assertThat(problems.countsByKind(Problem.Stage.INPUT)).containsExactly(
                java.util.Map.entry("input.binary", captureMembers));
        assertThat(records).isEqualTo(events[0]);
        assertThat(events[0]).isGreaterThan(100_000);
        // Nearly all OTRF records are Windows events in the flattened layout; the few without
        // Provider_Name lack SourceName in the data itself (some Security events of one shipper).
        assertThat(windows[0]).isGreaterThan(events[0] * 99 / 100);
        // About half the datasets were shipped without NXLog's RecordNumber.
        assertThat(withRecordId[0]).isGreaterThan(events[0] / 3);
        assertThat(sysmonWithImage[0]).isPositive();
    }

    private static boolean isCompleteWindowsEvent(Event e) {
        return e.getText(WindowsFields.EVENT_ID) != null
                && e.getText(WindowsFields.CHANNEL) != null
                && e.getText(WindowsFields.PROVIDER_NAME) != null
                && e.getText(WindowsFields.COMPUTER) != null
                && e.timeMicros() != Event.NO_TIME;
    }
}
