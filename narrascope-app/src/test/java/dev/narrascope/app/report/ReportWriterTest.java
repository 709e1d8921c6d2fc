package dev.narrascope.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportWriterTest {
  @Test
  void row_framedAndUnframedActors_roleWithConfidenceOrNotFramed() {
    Analysis analysis = Analysis.EMPTY.withActors(List.of(
        new ActorFraming("NATO", "Antagonist", 0.8123, List.of("Instigator"), List.of(), 0.7),
        ActorFraming.notFramed("Simon Stiell", List.of(), 0.1)));
    Article a = new Article("a1", "test", null, "t", null, null, "en", 1.0, "Text.", null, analysis);

    assertThat(ReportWriter.row(a).get("actors")).isEqualTo("NATO: Antagonist (0.81) [Instigator]; Simon Stiell: not framed");
  }
}
