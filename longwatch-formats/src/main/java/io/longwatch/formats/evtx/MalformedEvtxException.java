package io.longwatch.formats.evtx;

/**
 * Thrown inside the reader when a structure (record, template, BinXML token stream) does not
 * follow the format. Always caught by the chunk reader, turned into a {@code Problem} and the
 * reader moves on; it never escapes the public API. No stack trace: it is an expected outcome
 * on damaged input and must stay cheap.
 */
final class MalformedEvtxException extends RuntimeException {

    MalformedEvtxException(String message) {
        super(message, null, false, false);
    }
}
