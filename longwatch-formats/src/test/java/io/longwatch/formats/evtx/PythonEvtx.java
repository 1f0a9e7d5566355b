package io.longwatch.formats.evtx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the python-evtx side of tests and the benchmark: Debian's python3-evtx under /usr/bin/python3. */
final class PythonEvtx {

    static final String PYTHON = "/usr/bin/python3";

    private PythonEvtx() {
    }

    /** Whether {@code /usr/bin/python3 -c "import Evtx.Evtx"} works. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import Evtx.Evtx").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts a script from this package's test resources with the given arguments, writes the file
     * list to its standard input (one path a line) and closes it; the caller reads its output.
     */
    static Process start(String script, List<Path> files, String... args) throws IOException {
        Path copy = Files.createTempFile(script.replace(".py", ""), ".py");
        copy.toFile().deleteOnExit();
        try (InputStream in = PythonEvtx.class.getResourceAsStream(script)) {
            Files.write(copy, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, copy.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        StringBuilder list = new StringBuilder();
        for (Path f : files) {
            list.append(f).append('\n');
        }
        p.getOutputStream().write(list.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return p;
    }
}
