package dev.narrascope.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Evidence;
import dev.narrascope.Explanation;
import dev.narrascope.Findings;
import dev.narrascope.LabelScore;
import dev.narrascope.narrative.NarrativeModel;
import dev.narrascope.narrative.NarrativePrediction;
import dev.narrascope.narrative.NarrativeTrainer;
import dev.narrascope.narrative.Taxonomy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class EvidenceExplainerTest {
  private static final String SUB = "WAR: Blame: West";
  private static NarrativeModel model;

  @BeforeAll
  static void train() throws Exception {
    Taxonomy t = Taxonomy.read(new ByteArrayInputStream("{\"WAR\":{\"Blame\":[\"West\"]}}".getBytes(StandardCharsets.UTF_8)));
    List<dev.narrascope.narrative.LabeledDocument> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      docs.add(new dev.narrascope.narrative.LabeledDocument("p" + i, "en", "Weather news " + i + ". Nato provoked the war deliberately.",
          Set.of("WAR: Blame"), Set.of(SUB), null));
      docs.add(new dev.narrascope.narrative.LabeledDocument("n" + i, "en", "Weather news " + i + ". The festival opened downtown.",
          Set.of("Other"), Set.of("Other"), null));
    }
    model = new NarrativeTrainer(t, new NarrativeTrainer.Options(4, 3, 1, 1, 1000, 0, 0, false, 1.0)).train(docs, l -> {});
  }

  @Test
  void explain_picksTheCueSentenceWithOffsets() {
    String text = "The weather was mild today in the city.\n\nNato provoked the war, officials said again.";
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    Explanation e = new EvidenceExplainer(model).explain(text, "en", p);
    assertThat(e.narrative()).isEqualTo("WAR: Blame");
    assertThat(e.subNarrative()).isEqualTo(SUB);
    assertThat(e.evidence()).isNotEmpty();
    Evidence first = e.evidence().get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text()).contains("Nato provoked");
  }

  @Test
  void explain_longText_staysWithinTheWordBudget() {
    String sentence = "Nato provoked the war and the west provoked it again and again, officials said. ";
    String text = sentence.repeat(30);
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    Explanation e = new EvidenceExplainer(model).explain(text, "en", p);
    assertThat(e.text().split("\\s+")).hasSizeLessThanOrEqualTo(EvidenceExplainer.WORDS);
    for (Evidence ev : e.evidence()) assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
  }

  @Test
  void explain_englishStartsByNamingTheNarrative_otherLanguagesKeepTheirOwnWords() {
    String text = "The weather was mild today in the city.\n\nNato provoked the war, officials said again.";
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    assertThat(new EvidenceExplainer(model).explain(text, "en", p).text())
        .startsWith("The text pushes the narrative \"Blame\": West. ").contains("Nato provoked");
    assertThat(new EvidenceExplainer(model).explain(text, "pt", p).text())
        .as("the toy taxonomy has no Portuguese names, so no lead").doesNotContain("The text pushes").startsWith("Nato");
  }

  @Test
  void explain_prefersTheEarlierOfTwoCueSentences() {
    String filler = " in a statement that went on and on about the fighting, the talks, the markets, the harvest, the roads,"
        + " the schools, the hospitals, the weather, the bridges, the ports, the mines, the farms and the railways and much else besides.";
    String early = "Nato provoked the war, officials said" + filler; // ~48 words: one sentence fills the budget
    String late = "Nato provoked the war and Nato provoked the war again, officials said" + filler;
    String text = early + " " + "The festival opened downtown with music. ".repeat(12) + late;
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    Explanation e = new EvidenceExplainer(model).explain(text, "de", p);
    assertThat(e.evidence()).as("one sentence fills the budget").hasSize(1);
    assertThat(e.evidence().get(0).start()).as("the early sentence, though the late one has the cue twice").isZero();
  }

  @Test
  void explain_other_givesOtherAndNoEvidence() {
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("Other", 0.9)), List.of(new LabelScore("Other", 0.9)));
    Explanation e = new EvidenceExplainer(model).explain("Anything at all.", "en", p);
    assertThat(e.narrative()).isEqualTo("Other");
    assertThat(e.evidence()).isEmpty();
  }

  @Test
  void stage_fillsExplanationFromItsOwnPrediction() {
    Article a = new Article("id1", "test", null, "Title", null, null, "en", 1, "Nato provoked the war deliberately. More words here.", null, null);
    Article out = new ExplanationStage(model).apply(a, Findings.none());
    assertThat(out.analysis().explanation()).isNotNull();
    assertThat(out.analysis().explanation().text().split("\\s+")).hasSizeLessThanOrEqualTo(80);
  }

  @Test
  void stage_emptyText_recordsFinding() {
    Findings f = Findings.tracking(10);
    Article a = new Article("id2", "empty.txt", null, "", null, null, "en", 1, "  ", null, null);
    assertThat(new ExplanationStage(model).apply(a, f)).isSameAs(a);
    assertThat(f.list()).extracting(x -> x.code()).containsExactly("empty-text");
  }

  @Test
  void explain_neverCutsASentence_theBestMayFillUpToTheLimit() {
    String longCue = "Nato provoked the war, officials said" + " and said again and again".repeat(10) + "."; // 57 words
    String text = "The festival opened downtown with music.\n\n" + longCue + " Nato provoked the war deliberately.";
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    Explanation e = new EvidenceExplainer(model).explain(text, "en", p);
    assertThat(e.text().split("\\s+")).hasSizeLessThanOrEqualTo(EvidenceExplainer.MAX_WORDS);
    assertThat(e.evidence()).isNotEmpty().allSatisfy(ev -> assertThat(ev.text()).endsWith("."));
    assertThat(e.text()).endsWith(".");
  }

  @Test
  void explain_cueInsideAQuotationOfTwoSentences_givesTheWholeQuotation() {
    // The splitter parts a quotation that opens its sentence; evidence keeps it whole, so no quote mark is left open.
    String text = "The festival opened downtown with music.\n\n“Nato provoked the war deliberately. Everybody knows it,”"
        + " the minister said.";
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    Explanation e = new EvidenceExplainer(model).explain(text, "en", p);
    assertThat(e.evidence()).extracting(Evidence::text)
        .containsExactly("“Nato provoked the war deliberately. Everybody knows it,” the minister said.");
  }

  @Test
  void units_keepAQuotationThatSpansSentencesTogether_andEverySentenceOnce() {
    String text = "Pike disagrees. “The climate has always changed. The sun drives it,” Pike said. Nobody answered.\n"
        + "«Климат менялся всегда. Им управляет Солнце», — заявил он.\n"
        + "„Днес Украйна премахва заплахата. Ние изпълняваме мисията“, каза Резников.\n"
        // Closed by an opening mark at the paragraph's end, as a seed article has it.
        + "“Today our soldiers fight. Ukraine’s future is in NATO. “\n"
        + "The vote was close. Both sides claimed victory.";
    assertThat(EvidenceExplainer.units(text)).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
        "Pike disagrees.", "“The climate has always changed. The sun drives it,” Pike said.", "Nobody answered.",
        "«Климат менялся всегда. Им управляет Солнце», — заявил он.",
        "„Днес Украйна премахва заплахата. Ние изпълняваме мисията“, каза Резников.",
        // The splitter leaves the stray closing mark a "sentence" of its own, too short to be evidence.
        "“Today our soldiers fight. Ukraine’s future is in NATO.", "“",
        "The vote was close.", "Both sides claimed victory.");
  }

  @Test
  void explain_sentenceLongerThanTheLimit_isNoEvidence() {
    String tooLong = "Nato provoked the war" + " and again".repeat(50) + ".";
    NarrativePrediction p = new NarrativePrediction(List.of(new LabelScore("WAR: Blame", 0.9)), List.of(new LabelScore(SUB, 0.8)));
    Explanation e = new EvidenceExplainer(model).explain(tooLong + " Nato provoked the war deliberately.", "en", p);
    assertThat(e.evidence()).extracting(Evidence::text).containsExactly("Nato provoked the war deliberately.");
  }
}
