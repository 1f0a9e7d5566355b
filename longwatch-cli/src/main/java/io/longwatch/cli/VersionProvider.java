package io.longwatch.cli;

import io.longwatch.core.finding.Finding;
import picocli.CommandLine;

/** Version text for {@code --version}: the build's version and the findings schema it writes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "longwatch " + (v == null ? "0.1.0-SNAPSHOT" : v),
            "findings schema " + Finding.SCHEMA,
            "Java " + Runtime.version()
        };
    }
}
