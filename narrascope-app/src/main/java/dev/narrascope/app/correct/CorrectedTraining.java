package dev.narrascope.app.correct;

import dev.narrascope.narrative.LabeledDocument;
import dev.narrascope.store.ArticleStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the articles whose narratives analysts corrected to the narrative model's training documents
 * ({@code narrascope train --corrections}): their text from the store, their corrected labels, each
 * counted {@code weight} times. A training document with the same text as a corrected article is
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
   * @param corrected corrected articles added (each {@code weight} times)
   * @param replaced  training documents dropped because a corrected article has their text
   */
  public record Added(List<LabeledDocument> documents, int[] extraCopies, int corrected, int replaced) {}

  private CorrectedTraining() {}

  /**
   * @param languages the training languages as {@code train --lang} gives them ({@code EN}…); empty: all
   */
  public static Added add(List<LabeledDocument> docs, ArticleStore store, Collection<String> languages, int weight) {
    Set<String> wanted = new HashSet<>();
    languages.forEach(l -> wanted.add(l.toLowerCase(Locale.ROOT)));
    List<LabeledDocument> corrected = CorrectedDocuments.of(store).stream()
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
    return new Added(out, extra, corrected.size(), replaced);
  }

  /** Texts compared without case and whitespace differences (the store keeps cleaned text). */
  private static String key(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
