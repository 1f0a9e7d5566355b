package io.longwatch.cli.output;

import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.core.time.Timestamps;
import java.io.IOException;
import java.io.Writer;

/** RFC 4180 CSV with a header row; matched fields joined as {@code field=value} separated by "; ". */
final class CsvOutput extends FindingOutput {

    private static final String HEADER = "time,kind,level,rule_id,rule_title,host,user,source_path,source_record,"
            + "attack_techniques,attack_tactics,matches";
    private boolean headerWritten;

    CsvOutput(Writer out) {
        super(out);
    }

    @Override
    protected void doWrite(Finding f) throws IOException {
        if (!headerWritten) {
            out.write(HEADER);
            out.write("\r\n");
            headerWritten = true;
        }
        StringBuilder matches = new StringBuilder();
        for (MatchedField m : f.matches()) {
            if (!matches.isEmpty()) {
                matches.append("; ");
            }
            matches.append(m.field()).append('=').append(m.value());
        }
        String[] cells = {
            Timestamps.format(f.timeMicros()),
            f.kind(),
            f.rule().level() == null ? "" : f.rule().level().id(),
            f.rule().id(),
            f.rule().title(),
            f.host(),
            f.user(),
            f.source().path(),
            Long.toString(f.source().record()),
            String.join(" ", f.attack().techniques()),
            String.join(" ", f.attack().tactics()),
            matches.toString()
        };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i]));
        }
        out.write("\r\n");
    }

    @Override
    protected void finish() throws IOException {
        if (!headerWritten) {
            out.write(HEADER);
            out.write("\r\n");
        }
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < cell.length() && !needs; i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
