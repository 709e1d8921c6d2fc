package dev.narrascope.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Explanation;
import dev.narrascope.LabelScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ReportWriterTest {
  private static Article article(Analysis analysis) {
    return new Article("id1", "a.txt", null, "Title", null, null, "en", 0.5, "Body text.", Map.of(), analysis);
  }

  @Test
  void row_otherArticle_showsNoNarrative() {
    Analysis other = Analysis.EMPTY.withNarratives(List.of(new LabelScore("Other", 0.7)), List.of(new LabelScore("Other", 0.7)))
        .withExplanation(new Explanation("Other", "Other", "", List.of()));
    Map<String, String> row = ReportWriter.row(article(other));
    assertThat(row).containsEntry("dominant_narrative", "").containsEntry("dominant_sub_narrative", "")
        .containsEntry("narratives", "").containsEntry("sub_narratives", "");
  }

  @Test
  void row_narrativeWithoutSpecificSubNarrative_listsTheNarrativeOnly() {
    Analysis a = Analysis.EMPTY.withNarratives(
            List.of(new LabelScore("URW: Discrediting Ukraine", 0.8), new LabelScore("URW: Praise of Russia", 0.4)),
            List.of(new LabelScore("URW: Discrediting Ukraine: Other", 0.6)))
        .withExplanation(new Explanation("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Other", "x", List.of()));
    Map<String, String> row = ReportWriter.row(article(a));
    assertThat(row.get("dominant_narrative")).isEqualTo("URW: Discrediting Ukraine");
    assertThat(row.get("dominant_sub_narrative")).isEmpty();
    assertThat(row.get("narratives")).isEqualTo("URW: Discrediting Ukraine (0.80); URW: Praise of Russia (0.40)");
    assertThat(row.get("sub_narratives")).isEmpty();
  }

  @Test
  void row_framedAndUnframedActors_roleWithConfidenceOrNotFramed() {
    Analysis analysis = Analysis.EMPTY.withActors(List.of(
        new ActorFraming("NATO", "Antagonist", 0.8123, List.of("Instigator"), List.of(), 0.7),
        ActorFraming.notFramed("Simon Stiell", List.of(), 0.1)));
    assertThat(ReportWriter.row(article(analysis)).get("actors")).isEqualTo("NATO: Antagonist (0.81) [Instigator]; Simon Stiell: not framed");
  }
}
