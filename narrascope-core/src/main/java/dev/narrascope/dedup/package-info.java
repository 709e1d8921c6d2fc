/**
 * Reposts and near-duplicates: shingled MinHash with LSH banding, verified by exact containment.
 * Sets {@code Analysis.repostOf}.
 */
package dev.narrascope.dedup;
