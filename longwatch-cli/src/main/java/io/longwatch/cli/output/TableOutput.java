package io.longwatch.cli.output;

import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.core.time.Timestamps;
import java.io.IOException;
import java.io.Writer;

/**
 * A terminal table: time, level, rule, host, ATT&amp;CK, source and the strongest piece of evidence.
 * Long cells are cut with an ellipsis; JSONL carries everything.
 */
final class TableOutput extends FindingOutput {

    private static final int[] WIDTHS = {20, 8, 44, 18, 12, 34};
    private static final String[] HEADERS = {"time (UTC)", "level", "rule", "host", "attack", "source"};
    private boolean headerWritten;

    TableOutput(Writer out) {
        super(out);
    }

    @Override
    protected void doWrite(Finding f) throws IOException {
        if (!headerWritten) {
            row(HEADERS);
            StringBuilder rule = new StringBuilder();
            for (int w : WIDTHS) {
                rule.append("-".repeat(w)).append("  ");
            }
            out.write(rule.toString().stripTrailing());
            out.write('\n');
            headerWritten = true;
        }
        String time = Timestamps.format(f.timeMicros());
        row(new String[] {
            time == null ? "-" : time.substring(0, 19).replace('T', ' '),
            f.rule().level() == null ? "-" : f.rule().level().id(),
            f.rule().title(),
            f.host() == null ? "-" : f.host(),
            f.attack().techniques().isEmpty() ? "-" : String.join(",", f.attack().techniques()),
            f.source().place()
        });
        if (!f.matches().isEmpty()) {
            MatchedField m = f.matches().get(0);
            out.write("    " + m.field() + ": " + cut(m.value() == null ? "null" : m.value(), 150) + "\n");
        }
    }

    @Override
    protected void finish() throws IOException {
        if (!headerWritten) {
            out.write("No findings.\n");
        }
    }

    private void row(String[] cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            // The source column is last: never cut, the analyst needs the full place.
            c = i == cells.length - 1 ? c : cut(c, WIDTHS[i]);
            sb.append(c);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(Math.max(0, WIDTHS[i] - c.length()))).append("  ");
            }
        }
        out.write(sb.toString().stripTrailing());
        out.write('\n');
    }

    private static String cut(String s, int width) {
        String flat = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
