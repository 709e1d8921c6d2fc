package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.explain.EvidenceExplainer;
import dev.narrascope.text.Sentences;
import dev.narrascope.text.TextSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regressions found on the five real scraped seed articles ({@code ../shared/seeds}), analysed the
 * way {@code analyze} does ({@code Pipelines.defaults()}): evidence that was a lone "And" (002) or
 * ended "He even warned there will be" (003), and 002 dated from its weather widget. Skips without
 * the seeds.
 */
final class SeedAnalysisTest {
  private static Map<String, Article> bySeed;

  @BeforeAll
  static void analyse() {
    bySeed = AnalysedSeeds.bySeed();
  }

  @Test
  void explanation_seeds_evidenceIsWholeSentencesWithinTheLimit() {
    assertThat(bySeed).containsOnlyKeys("000", "001", "002", "003", "004");
    int explained = 0;
    for (Map.Entry<String, Article> e : bySeed.entrySet()) {
      Explanation x = e.getValue().analysis().explanation();
      if (x == null || x.evidence().isEmpty()) continue;
      explained++;
      String text = e.getValue().text();
      List<TextSpan> sentences = Sentences.split(text);
      Set<Integer> starts = sentences.stream().map(TextSpan::start).collect(Collectors.toSet());
      Set<Integer> ends = sentences.stream().map(TextSpan::end).collect(Collectors.toSet());
      for (Evidence ev : x.evidence()) {
        String span = text.substring(ev.start(), ev.end());
        assertThat(span).as("seed %s evidence", e.getKey()).isEqualTo(ev.text());
        // Whole sentences: one, or those a quotation runs over (EvidenceExplainer.units).
        assertThat(starts.contains(ev.start()) && ends.contains(ev.end())).as("seed %s: %s is whole sentences", e.getKey(), span)
            .isTrue();
        assertThat(span.split("\\s+").length).as("seed %s: %s is no fragment", e.getKey(), span).isGreaterThanOrEqualTo(3);
        boolean endsParagraph = ev.end() == text.length() || text.charAt(ev.end()) == '\n';
        assertThat(span.matches("(?s).*[.!?…।][\"'”’»)\\]]*") || endsParagraph)
            .as("seed %s: %s ends a sentence", e.getKey(), span).isTrue();
      }
      assertThat(x.text().split("\\s+")).as("seed %s explanation", e.getKey()).hasSizeLessThanOrEqualTo(EvidenceExplainer.MAX_WORDS);
      String last = x.evidence().get(x.evidence().size() - 1).text().replaceAll("\\s+", " ");
      assertThat(x.text()).as("seed %s explanation ends with its last whole sentence", e.getKey()).endsWith(last);
    }
    assertThat(explained).as("seeds with evidence").isGreaterThanOrEqualTo(3);
    assertThat(bySeed.values().stream().map(a -> a.analysis().explanation()).filter(x -> x != null)
        .flatMap(x -> x.evidence().stream()).map(Evidence::text)
        .collect(Collectors.toSet())).doesNotContain("And", "He even warned there will be");
  }

  @Test
  void published_seedWithAWeatherWidget_isNotDatedFromIt() {
    assertThat(bySeed.get("002").published()).as("'33.1 C / Friday, September 29, 2023' is the site's header").isNull();
    assertThat(bySeed.get("001").published()).as("'Updated: Aug 3, 2023' is the article's").hasToString("2023-08-03");
  }
}
