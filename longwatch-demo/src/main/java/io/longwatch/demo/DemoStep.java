package io.longwatch.demo;

/**
 * One malicious record of the demo campaign: the ground truth a hunt over the dataset is scored on.
 *
 * @param id              stable step id, {@code phase-NNN} (e.g. {@code beacon-007}); phases follow the story
 * @param description     what the operator did and what the record shows
 * @param attackTechnique the ATT&CK technique the record evidences, e.g. {@code T1003.001}
 * @param host            the host the record names (Windows: {@code Computer}; Linux: {@code host})
 * @param file            the data file holding it, relative to the dataset directory
 * @param line            1-based line of the record in that file (after decompression for {@code .gz})
 * @param timeMicros      the record's time, UTC microseconds since the epoch
 */
public record DemoStep(String id, String description, String attackTechnique, String host, String file, long line,
                       long timeMicros) {
}
