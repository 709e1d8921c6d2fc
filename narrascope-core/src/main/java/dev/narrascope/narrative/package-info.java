/**
 * Narrative classification (SemEval-2025 Task 10 subtask 2): the two-level {@link dev.narrascope.narrative.Taxonomy},
 * a trainable calibrated linear classifier, its training data reader, and the pipeline's {@code narratives} stage.
 */
package dev.narrascope.narrative;
