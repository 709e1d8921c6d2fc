package dev.narrascope.app.correct;

import dev.narrascope.files.Folders;
import dev.narrascope.framing.LabelledMention;
import dev.narrascope.framing.SemevalRoleData;
import dev.narrascope.narrative.LabeledDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the articles whose narratives analysts corrected to the narrative model's training documents
 * ({@code narrascope train --corrections}): their text from the store, their corrected labels, each
 * counted {@code weight} times; and their corrected roles to the framing model's mentions. A training document with the same text as a corrected article is
 * dropped: the analyst's labels replace the data's.
 *
 * <p>Why a weight: a corrected article is one the model got wrong, so the training documents most
 * like it pull towards the wrong labels; counted once among some 1,700 documents, a correction
 * barely moves a regularised linear model. Counting it a few times (default
 * {@value #DEFAULT_WEIGHT}) lets it outweigh its handful of nearest neighbours without letting 20
 * corrections swamp a label's hundreds of examples. The trainer fits on the extra copies only:
 * calibration and decoding still see each document once, so a few weighted documents cannot skew them.
 */
public final class CorrectedTraining {
  /** Default times a corrected article counts; see the class comment. */
  public static final int DEFAULT_WEIGHT = 5;

  /**
   * The training documents with the corrections added.
   *
   * @param documents   the documents to train on
   * @param extraCopies per document, how many more times it counts in fitting (for {@code NarrativeTrainer.train})
   * @param corrected the corrected articles added (each {@code weight} times), which the trained model also remembers
   *                  ({@code NarrativeModel.withCorrections})
   * @param replaced  training documents dropped because a corrected article has their text
   */
  public record Added(List<LabeledDocument> documents, int[] extraCopies, List<LabeledDocument> corrected, int replaced) {}

  private CorrectedTraining() {}

  /**
   * @param fromStore the store's corrected articles ({@link CorrectedDocuments#of})
   * @param languages the training languages as {@code train --lang} gives them ({@code EN}…); empty: all
   */
  public static Added add(List<LabeledDocument> docs, List<CorrectedDocuments.Doc> fromStore, Collection<String> languages, int weight) {
    Set<String> wanted = new HashSet<>();
    languages.forEach(l -> wanted.add(l.toLowerCase(Locale.ROOT)));
    List<LabeledDocument> corrected = fromStore.stream()
        .filter(CorrectedDocuments.Doc::narratives)
        .filter(d -> wanted.isEmpty() || wanted.contains(d.article().language().toLowerCase(Locale.ROOT)))
        .map(CorrectedDocuments.Doc::labeled).toList();
    Set<String> texts = new HashSet<>();
    corrected.forEach(d -> texts.add(key(d.text())));
    List<LabeledDocument> out = new ArrayList<>();
    int replaced = 0;
    for (LabeledDocument d : docs) {
      if (texts.contains(key(d.text()))) replaced++;
      else out.add(d);
    }
    int[] extra = new int[out.size() + corrected.size()];
    for (int i = out.size(); i < extra.length; i++) extra[i] = weight - 1;
    out.addAll(corrected);
    return new Added(out, extra, corrected, replaced);
  }

  /**
   * The corrected roles as subtask-1 training mentions (the first mention of each actor whose role an
   * analyst set, with its fine roles), each {@code weight} times, for the same reason as the narratives.
   * They go through the subtask-1 file format and its one reader ({@link SemevalExport} into a temp
   * folder, then {@link SemevalRoleData#readLabelled}), so they are read exactly as the task's data.
   */
  public static List<LabelledMention> roleMentions(List<CorrectedDocuments.Doc> fromStore, Collection<String> languages, int weight)
      throws IOException {
    List<CorrectedDocuments.Doc> withRoles = fromStore.stream().filter(d -> !d.roles().isEmpty()).toList();
    if (withRoles.isEmpty()) return List.of();
    Path dir = Files.createTempDirectory("narrascope-corrected-roles");
    try {
      SemevalExport.write(withRoles, dir);
      if (!SemevalRoleData.hasAnnotations(dir, languages)) return List.of();
      List<LabelledMention> once = SemevalRoleData.readLabelled(dir, languages);
      List<LabelledMention> out = new ArrayList<>();
      for (int i = 0; i < weight; i++) out.addAll(once);
      return out;
    } finally {
      Folders.deleteTree(dir);
    }
  }

  /** Texts compared without case and whitespace differences (the store keeps cleaned text). */
  private static String key(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
