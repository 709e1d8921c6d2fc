package dev.narrascope.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Direct-quote speaker attribution on the PolNeAR dev split ({@code ../shared/data/polnear/dev.jsonl.gz};
 * skips without it), scored with the corpus' suggested metric. A regression guard: the floors sit a
 * little under the figures measured (see MODELS.md, "Quotes on PolNeAR"); rules are never tuned on dev.
 */
final class QuotePolnearDataTest {
  @Test
  void evaluate_polnearDev_aboveFloors() throws IOException {
    Path dev = SharedData.require("data/polnear/dev.jsonl.gz");

    QuoteEvaluation.Result r = new QuoteEvaluation().evaluate(PolnearQuotes.read(dev));
    QuoteMetrics m = r.total();
    System.out.printf("PolNeAR dev quotes: %d articles, %d gold, found %.3f, speaker accuracy %.3f of found, %.3f of all"
            + " (not found %d, wrong speaker %d, empty speaker %d)%n", r.articles(), m.gold(), m.foundShare(),
        m.accuracyFound(), m.accuracyAll(), m.notFound(), m.wrongSpeaker(), m.emptySpeaker());

    assertThat(m.gold()).isGreaterThan(300);
    assertThat(m.foundShare()).isGreaterThanOrEqualTo(0.97);
    assertThat(m.accuracyAll()).isGreaterThanOrEqualTo(0.85);
  }
}
