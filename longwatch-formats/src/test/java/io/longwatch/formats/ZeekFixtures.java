package io.longwatch.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The hand-written Zeek fixtures under {@code src/test/resources/zeek/}: the same records as TSV and as JSON. */
final class ZeekFixtures {

    /** Logs with a fixture in both {@code tsv/} and {@code json/}. */
    static final List<String> LOGS = List.of("conn", "dns", "http", "ssl", "ssh", "files", "x509", "notice", "weird");

    private ZeekFixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = ZeekFixtures.class.getResourceAsStream("/zeek/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource zeek/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture as if it were the file {@code displayPath}. */
    static TestSupport read(String resource, String displayPath, ReadOptions options) {
        return TestSupport.read(InputUnit.ofBytes(displayPath, bytes(resource)), options);
    }
}
