package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.Pipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

final class NarrativeStageTest {
  @Test
  void apply_bundledModel_fillsConsistentNarratives() {
    Article a = new Article("id", "made-up.txt", null, "Climate alarmists want to ban your car", null, null, "en", 1,
        "Activists glued themselves to the road again. They say the planet is burning and demand an end to petrol cars. "
            + "Critics call the climate movement hysterical and its leaders hypocrites who fly private jets.", null, null);
    Article out = new NarrativeStage().apply(a, Findings.none());
    assertThat(out.analysis().narratives()).isNotEmpty();
    assertThat(out.analysis().subNarratives()).isNotEmpty();
    Taxonomy t = NarrativeModel.defaults().taxonomy();
    out.analysis().narratives().forEach(l -> assertThat(t.contains(l.label())).isTrue());
    out.analysis().subNarratives().forEach(l -> assertThat(t.contains(l.label())).isTrue());
  }

  @Test
  void apply_titleAndBodyAnalysedApart_scoresLikeTheWholeModelText() {
    NarrativeModel model = NarrativeModel.defaults();
    String body = "Activists glued themselves to the road again. They say the planet is burning.\n\n"
        + "Critics call the climate movement hysterical and its leaders hypocrites who fly private jets.";
    for (String title : List.of("Climate alarmists want to ban your car", "", "  ")) {
      Article a = new Article("id", "x", null, title, null, null, "en", 1, body, null, null);
      Article out = new NarrativeStage(model).apply(a, Findings.none());
      NarrativePrediction whole = model.predict(NarrativeStage.modelText(a), "en");
      assertThat(out.analysis().narratives()).as(title).isEqualTo(whole.narratives());
      assertThat(out.analysis().subNarratives()).as(title).isEqualTo(whole.subNarratives());
    }
  }

  @Test
  void apply_emptyArticle_recordsFindingAndKeepsArticle() {
    Findings f = Findings.tracking(5);
    Article a = new Article("id", "blank.txt", null, "", null, null, "en", 1, "", null, null);
    assertThat(new NarrativeStage().apply(a, f)).isSameAs(a);
    assertThat(f.list()).extracting(x -> x.input()).containsExactly("blank.txt");
  }

  @Test
  void defaultPipeline_runsNarrativesThenExplanation() {
    Article a = new Article("id", "x", null, "Ukraine", null, null, "en", 1,
        "The Kyiv regime is a puppet of Washington. Zelensky obeys every order from the West.", null, null);
    List<Article> out = Pipelines.defaults().run(List.of(a), Findings.none());
    assertThat(out.get(0).analysis().narratives()).isNotEmpty();
    assertThat(out.get(0).analysis().explanation()).isNotNull();
  }
}
