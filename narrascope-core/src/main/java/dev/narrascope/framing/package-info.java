/**
 * Actor framing: which role (protagonist, antagonist, innocent and 22 fine roles) an article gives
 * each actor it mentions, in the SemEval-2025 Task 10 subtask 1 scheme; trained, evaluated and applied.
 *
 * <p>Entry points: {@link dev.narrascope.framing.FramingModel} (bundled model, predictions),
 * {@link dev.narrascope.framing.FramingTrainer} (training from the task layout),
 * {@link dev.narrascope.framing.FramingEvaluator} (cross-validation with the task's metrics) and
 * {@link dev.narrascope.framing.FramingStage} (the pipeline stage).
 *
 * <p>The bundled model ({@code dev/narrascope/models/framing/framing-model.bin.gz}) is trained on all
 * five training languages (5,617 mentions) with {@code FramingTrainer.defaults()}. Its 5-fold
 * cross-validation by document (seed 7, a seed not used for tuning): EMR 0.369, fine-role micro F1
 * 0.413, main-role accuracy 0.726 over all languages; English 0.191 / 0.221 / 0.706 (majority
 * baselines: EMR 0.135 and main accuracy 0.527 overall, 0.096 and 0.695 in English).
 */
package dev.narrascope.framing;
