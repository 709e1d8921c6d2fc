/**
 * Evidence-backed explanations of an article's dominant narrative (SemEval-2025 Task 10 subtask 3),
 * built from the article's own sentences with offsets into its text.
 */
package dev.narrascope.explain;
