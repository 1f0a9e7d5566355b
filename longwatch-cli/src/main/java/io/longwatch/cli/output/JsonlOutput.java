package io.longwatch.cli.output;

import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.FindingJson;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line, schema {@value Finding#SCHEMA}. */
final class JsonlOutput extends FindingOutput {

    JsonlOutput(Writer out) {
        super(out);
    }

    @Override
    protected void doWrite(Finding finding) throws IOException {
        FindingJson.write(finding, out);
        out.write('\n');
    }
}
