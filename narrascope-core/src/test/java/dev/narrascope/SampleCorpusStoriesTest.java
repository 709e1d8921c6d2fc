package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.story.ClusterMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reposts, stories and quotes of the sample corpus, pinned on its manifest. */
final class SampleCorpusStoriesTest {
  static Iterable<JsonNode> entries() {
    return SampleCorpusFixture.entries();
  }

  /**
   * A repost points at its original when both dates are known; without a date the direction cannot
   * be told, so only the link is checked. An exact duplicate is the same article (same id): one.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void reposts_pointAtTheOriginal(JsonNode entry) {
    SampleCorpusFixture c = SampleCorpusFixture.get();
    Article a = c.article(entry);
    String originalFile = SampleCorpusFixture.text(entry.get("repostOf"));
    if (originalFile == null) {
      for (JsonNode e : c.manifest.get("articles")) {
        // An undated original and its copy: which is which is unknown, checked from the copy's side.
        if (entry.get("file").asText().equals(SampleCorpusFixture.text(e.get("repostOf")))
            && (a.published() == null || c.article(e).published() == null)) return;
      }
      assertThat(a.analysis().repostOf()).as("%s is no repost", entry.get("file")).isNull();
      return;
    }
    Article original = c.article(c.entry(originalFile));
    if (original.id().equals(a.id())) return;
    if (a.published() != null && original.published() != null) {
      assertThat(a.analysis().repostOf()).isEqualTo(original.id());
    } else {
      assertThat(Objects.equals(a.analysis().repostOf(), original.id()) || Objects.equals(original.analysis().repostOf(), a.id()))
          .as("%s and %s linked as repost", entry.get("file"), originalFile).isTrue();
    }
  }

  /** Same-language tellings of one story are one story; across languages see the B-cubed test. */
  @Test
  void stories_sameKeySameLanguage_oneStory() {
    SampleCorpusFixture c = SampleCorpusFixture.get();
    Map<String, String> storyOfKey = new HashMap<>();
    for (JsonNode e : c.manifest.get("articles")) {
      String key = SampleCorpusFixture.text(e.get("story"));
      String story = c.article(e).analysis().storyId();
      assertThat(story).as("story of %s", e.get("file")).isNotNull();
      if (key == null) continue;
      String seen = storyOfKey.putIfAbsent(key + "/" + e.get("lang").asText(), story);
      assertThat(seen == null ? story : seen).as("story of %s (%s)", e.get("file"), key).isEqualTo(story);
    }
  }

  /**
   * Cross-language joins rest on entity names and numbers and are not all made. Measured at the
   * default threshold: B-cubed P 0.873, R 1.000, F1 0.932 — the one wrong join is the Russian piece on
   * Western weapons (25), from the same outlet and quoting the same commentators four days after the
   * Reznikov story, which it joins through those names.
   */
  @Test
  void stories_bcubedAcrossLanguages_meetsFloor() {
    SampleCorpusFixture c = SampleCorpusFixture.get();
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    for (JsonNode e : c.manifest.get("articles")) {
      Article a = c.article(e);
      String key = SampleCorpusFixture.text(e.get("story"));
      gold.putIfAbsent(a.id(), key == null ? "single:" + e.get("file").asText() : key);
      predicted.put(a.id(), a.analysis().storyId());
    }
    ClusterMetrics.Scores b3 = ClusterMetrics.bcubed(predicted, gold);
    assertThat(b3.f1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.90);
    assertThat(b3.precision()).as("B-cubed precision").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void quotes_speakersFound() {
    SampleCorpusFixture c = SampleCorpusFixture.get();
    int total = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode e : c.manifest.get("articles")) {
      Article a = c.article(e);
      for (JsonNode q : e.get("quotes")) {
        total++;
        String words = q.get("text").asText();
        Quote found = a.analysis().quotes().stream()
            .filter(x -> x.text().contains(words) || words.contains(x.text())).findFirst().orElse(null);
        if (found != null && Objects.equals(found.speaker(), q.get("speaker").asText())) right++;
        else misses.add(e.get("file").asText() + ": " + words + " -> " + (found == null ? "not found" : found.speaker()));
      }
    }
    // Measured 73/74 = 0.986 (was 56/74 before the entity stage romanised unknown Cyrillic and Hindi
    // names, found Hindi names after honorifics and role nouns, and let titles beat place readings).
    // The miss: a Hindi "उन्होंने" (he) that the rules resolve to the last person named, not the subject.
    assertThat((double) right / total).as("speaker accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.85);
  }
}
