package io.longwatch.demo;

/**
 * Marks a generated record as part of the campaign: the ground truth the hunt is scored against.
 *
 * @param id          step id, {@code phase-NNN}
 * @param description what the operator did and what the record shows
 * @param technique   the ATT&CK technique id the record evidences
 */
record Injected(String id, String description, String technique) {
}
