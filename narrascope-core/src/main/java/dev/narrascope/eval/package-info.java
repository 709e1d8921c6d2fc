/**
 * Quality metrics with the shared tasks' definitions (samples-F1, ROUGE-L, chrF, evidence overlap)
 * and cross-validation folds. Pure functions: no I/O.
 */
package dev.narrascope.eval;
