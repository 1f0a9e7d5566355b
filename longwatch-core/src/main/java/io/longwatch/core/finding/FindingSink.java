package io.longwatch.core.finding;

/** Receives findings as detectors produce them. */
@FunctionalInterface
public interface FindingSink {
    void accept(Finding finding);
}
