/**
 * Actor framing: which role (protagonist, antagonist, innocent and 22 fine roles) an article gives
 * each actor it mentions, in the SemEval-2025 Task 10 subtask 1 scheme; trained, evaluated and applied.
 */
package dev.narrascope.framing;
