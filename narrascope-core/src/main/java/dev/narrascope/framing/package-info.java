/**
 * Actor framing: which role (protagonist, antagonist, innocent and 22 fine roles) an article gives
 * each actor it mentions, in the SemEval-2025 Task 10 subtask 1 scheme; trained, evaluated and applied.
 *
 * <p>Entry points: {@link dev.narrascope.framing.FramingModel} (bundled model, predictions),
 * {@link dev.narrascope.framing.FramingTrainer} (training from the task layout),
 * {@link dev.narrascope.framing.FramingEvaluator} (cross-validation with the task's metrics) and
 * {@link dev.narrascope.framing.FramingStage} (the pipeline stage), which frames only the actors an article
 * is likely to frame at all ({@code SalienceModel}, measured by {@link dev.narrascope.framing.SalienceEvaluator})
 * and lists the others as not framed.
 *
 * <p>The bundled model ({@code dev/narrascope/models/framing-model.bin.gz}, 7.2 MB; rebuilt by {@code narrascope train}) is trained
 * on all five training languages (5,617 mentions) with {@code FramingTrainer.defaults()} in about 70 s
 * on two cores (most of it finding the candidate actors of the annotated articles for the framed decision).
 * Its 5-fold cross-validation by document (seed 7, a seed not used for tuning; settings
 * were chosen on seeds 11 and 13): EMR 0.379, fine-role micro F1 0.423, main-role accuracy 0.724 over
 * all languages; English 0.197 / 0.225 / 0.695 (majority baselines: EMR 0.135 and main accuracy 0.527
 * overall, 0.096 and 0.695 in English). Bag-of-words context features saturate here; the entity paired
 * with the document's terms added about 0.01 main-role accuracy. MODELS.md lists what was tried without
 * gain (mention pooling per entity, role cue words, calibration, English sentence embeddings, …).
 */
package dev.narrascope.framing;
