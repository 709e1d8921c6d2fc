package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class NarrativeTrainerTest {
  private static NarrativeModel model;

  @BeforeAll
  static void train() {
    NarrativeTrainer.Options o = new NarrativeTrainer.Options(4, 3, 1, 1, 10_000, 0, 0, true, 1.0);
    model = new NarrativeTrainer(SyntheticCorpus.taxonomy(), o).train(SyntheticCorpus.documents(15, 3), line -> {});
  }

  @Test
  void predict_cueWords_giveTheirSubNarrativeAndItsNarrative() {
    String text = SyntheticCorpus.text(new Random(99), "kyiv shelled donbass and provoked the conflict");
    NarrativePrediction p = model.predict(text, "en");
    assertThat(p.subNarrativeLabels()).contains(SyntheticCorpus.KYIV).doesNotContain(SyntheticCorpus.DATA);
    assertThat(p.narrativeLabels()).contains("WAR: Blame others");
  }

  @Test
  void predict_noCues_isOtherAtBothLevels() {
    NarrativePrediction p = model.predict(SyntheticCorpus.text(new Random(5), null), "en");
    assertThat(p.narrativeLabels()).containsExactly("Other");
    assertThat(p.subNarrativeLabels()).containsExactly("Other");
  }

  @Test
  void predict_isConsistentAndConfidencesAreProbabilitiesBestFirst() {
    Taxonomy t = model.taxonomy();
    for (long seed = 0; seed < 20; seed++) {
      Random r = new Random(seed);
      String cues = seed % 3 == 0 ? "thermometers faked records" : seed % 3 == 1 ? "nato provoked washington" : null;
      NarrativePrediction p = model.predict(SyntheticCorpus.text(r, cues), "en");
      assertThat(p.narratives()).isNotEmpty();
      for (String s : p.subNarrativeLabels()) {
        if (!s.equals(Taxonomy.OTHER)) assertThat(p.narrativeLabels()).contains(t.parentOf(s));
      }
      for (String n : p.narrativeLabels()) {
        if (!n.equals(Taxonomy.OTHER)) assertThat(p.subNarrativeLabels()).anyMatch(s -> n.equals(t.parentOf(s)));
      }
      assertThat(p.narratives()).allSatisfy(l -> assertThat(l.confidence()).isBetween(0.0, 1.0));
      assertThat(p.narratives()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }
  }

  @Test
  void writeRead_givesTheSamePredictions() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    NarrativeModel back = NarrativeModel.read(new ByteArrayInputStream(out.toByteArray()));
    String text = SyntheticCorpus.text(new Random(7), "nato expansion provoked aggression");
    var a = model.predict(text, "en").narratives();
    var b = back.predict(text, "en").narratives();
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).label()).isEqualTo(a.get(i).label());
      assertThat(b.get(i).confidence()).isCloseTo(a.get(i).confidence(), within(1e-6));
    }
  }

  @Test
  void flatModelOfEarlierVersions_writesAndReadsAsOne() throws Exception {
    // One scorer per label and no domain scorers: the layout of NSN2 files.
    int labels = NarrativeDecoder.labels(SyntheticCorpus.taxonomy()).size();
    float[][] w = new float[labels][1];
    float[] bias = new float[labels];
    float[] a = new float[labels];
    float[] b = new float[labels];
    java.util.Arrays.fill(a, -1f);
    b[labels - 1] = -3f; // the last label gets p = 1 / (1 + e^-3)
    NarrativeModel flat = new NarrativeModel(SyntheticCorpus.taxonomy(), 0, 0, Vocabulary.build(List.of(List.of("x")), 1, 10),
        LinearScorers.of(w, bias, a, b), new double[labels], new double[] {0.1, 1, 1});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    flat.write(out);
    NarrativeModel back = NarrativeModel.read(new ByteArrayInputStream(out.toByteArray()));
    double[] p = back.probabilities("x", "en");
    assertThat(p).hasSize(labels);
    assertThat(p[labels - 1]).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-6));
  }

  @Test
  void explanations_teachWordsTheArticlesOfTheirLabelDoNotUse() {
    // "sanctions" appears in articles only as noise in two Other articles, but every explanation of
    // a Kyiv article names it: with explanations as training rows the word points to that label.
    List<LabeledDocument> docs = new ArrayList<>();
    for (LabeledDocument d : SyntheticCorpus.documents(15, 3)) {
      LabeledDocument.GoldExplanation e = d.explanation();
      boolean kyiv = e != null && e.subNarrative().equals(SyntheticCorpus.KYIV);
      boolean noisy = d.id().equals("o1") || d.id().equals("o2");
      docs.add(new LabeledDocument(d.id(), d.language(), noisy ? d.text() + " sanctions." : d.text(), d.narratives(),
          d.subNarratives(), kyiv ? new LabeledDocument.GoldExplanation(e.narrative(), e.subNarrative(), "It blames sanctions") : e));
    }
    int kyiv = NarrativeDecoder.labels(SyntheticCorpus.taxonomy()).indexOf(SyntheticCorpus.KYIV);
    String text = SyntheticCorpus.text(new Random(11), "sanctions");
    double with = trained(docs, 1.0).probabilities(text, "en")[kyiv];
    double without = trained(docs, 0.0).probabilities(text, "en")[kyiv];
    assertThat(with).isGreaterThan(without + 0.05);
  }

  private static NarrativeModel trained(List<LabeledDocument> docs, double explanationWeight) {
    NarrativeTrainer.Options o = new NarrativeTrainer.Options(4, 3, 1, 1, 10_000, 0, 0, true, explanationWeight);
    return new NarrativeTrainer(SyntheticCorpus.taxonomy(), o).train(docs, line -> {});
  }

  @Test
  void figures_areLoggedToThreeDecimals() {
    assertThat(NarrativeTrainer.figures(new double[] {0.6000000000000001, 0.25, 1})).isEqualTo("[0.600, 0.250, 1.000]");
  }
}
