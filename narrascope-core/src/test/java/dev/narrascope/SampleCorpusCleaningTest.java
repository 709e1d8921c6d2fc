package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cleaning, metadata and language of the sample corpus, pinned on its manifest. */
final class SampleCorpusCleaningTest {
  static Iterable<JsonNode> entries() {
    return SampleCorpusFixture.entries();
  }

  @Test
  void analyse_everyInputRead_noFindings() {
    assertThat(SampleCorpusFixture.get().findings.list()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void clean_junkGone_sentencesKept(JsonNode entry) {
    Article a = SampleCorpusFixture.get().article(entry);
    for (JsonNode junk : entry.get("junkLines")) {
      assertThat(a.text()).as("junk in %s", entry.get("file")).doesNotContain(junk.asText());
    }
    for (JsonNode keep : entry.get("keepSentences")) {
      assertThat(a.text()).as("sentence in %s", entry.get("file")).contains(keep.asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void metadata_languageOutletDate(JsonNode entry) {
    Article a = SampleCorpusFixture.get().article(entry);
    assertThat(a.language()).isEqualTo(entry.get("lang").asText());
    assertThat(a.outlet()).isEqualTo(SampleCorpusFixture.text(entry.get("outlet")));
    assertThat(a.published() == null ? null : a.published().toString())
        .isEqualTo(SampleCorpusFixture.text(entry.get("published")));
  }
}
