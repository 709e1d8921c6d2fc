package dev.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Article;
import dev.narrascope.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class StoryEntryTest {
  private static Article article(String id) {
    return new Article(id, id, null, "Title " + id, null, LocalDate.parse("2024-01-02"), "en", 1, "Text.", null, null);
  }

  /**
   * Adds six articles of 200 terms each, each sharing 50 with the next (950 in all): enough for the centroid to be
   * pruned, after which its map, grown to twice the kept terms, iterates in another order than one filled afresh.
   */
  private static void addOverlappingArticles(StoryEntry s, String idPrefix) {
    for (int a = 0; a < 6; a++) {
      String[] terms = new String[200];
      double[] weights = new double[200];
      for (int k = 0; k < terms.length; k++) {
        terms[k] = "t" + (a * 150 + k);
        weights[k] = 1.0 / (1 + k + a);
      }
      s.add(article(idPrefix + a), new TermVector(terms, weights), TermVector.EMPTY, new float[] {a, 1, 0});
    }
  }

  @Test
  void sharesAnchors_countsTheAnchorsTheStoryHolds() {
    StoryEntry s = new StoryEntry("s-a", 1);
    s.add(article("a"), TermVector.EMPTY, new TermVector(new String[] {"Kyiv", "NATO"}, new double[] {0.8, 0.6}), null);
    TermVector anchor = new TermVector(new String[] {"NATO", "Reznikov", "Kyiv"}, new double[] {0.5, 0.5, 0.5});

    assertThat(s.sharesAnchors(anchor, 2)).isTrue();
    assertThat(s.sharesAnchors(anchor, 3)).isFalse();
    assertThat(s.sharesAnchors(new TermVector(new String[] {"Reznikov"}, new double[] {1}), 1)).isFalse();
  }

  @Test
  void json_embeddingSumSurvivesTheRoundTrip() {
    StoryEntry s = new StoryEntry("s-a", 1);
    s.add(article("a"), null, null, new float[] {0.6f, 0.8f, 0});
    s.add(article("b"), null, null, new float[] {0.8f, 0.6f, 0});
    StoryEntry back = StoryEntry.fromJson(s.toJson());
    assertThat(back.size()).isEqualTo(2);
    // The sum (1.4, 1.4, 0) points at 45°: cosine with (1, 0, 0) is 1/√2.
    assertThat(back.embeddingCosine(new float[] {1, 0, 0})).isCloseTo(Math.sqrt(0.5), within(1e-6));
  }

  /** Every field the entry keeps comes back as written: reading it back and writing it again gives the same JSON. */
  @Test
  void json_everyFieldSurvivesTheRoundTrip() throws Exception {
    StoryEntry s = new StoryEntry("s-a", 7);
    s.add(article("a"), new TermVector(new String[] {"dam", "kherson", "flood"}, new double[] {0.8, 0.6, 1e-3}),
        new TermVector(new String[] {"Kherson", "2023"}, new double[] {0.7, 0.1}), new float[] {0.6f, 0.8f, 0});
    Article undated = new Article("b", "b", null, "A flood \"report\"", "outlet.ua", null, "uk", 1, "Text.", null, null);
    s.add(undated, new TermVector(new String[] {"dam", "повінь"}, new double[] {0.5, 0.9}), TermVector.EMPTY, null);
    Article later = new Article("c", "c", null, "Third", "outlet.ua", LocalDate.parse("2024-02-10"), "en", 1, "Text.", null, null);
    s.add(later, null, null, null);

    String json = s.toJson();
    StoryEntry back = StoryEntry.fromJson(json);

    JsonNode written = Json.MAPPER.readTree(json);
    assertThat(Json.MAPPER.readTree(back.toJson())).isEqualTo(written);
    assertThat(written.get("members")).hasSize(3);
    assertThat(written.get("embedding").isTextual()).isTrue();
    assertThat(back.members()).extracting(StoryEntry.Member::published)
        .containsExactly(LocalDate.parse("2024-01-02"), null, LocalDate.parse("2024-02-10"));
    assertThat(back.toStory()).isEqualTo(s.toStory());
  }

  /**
   * The bytes the store keeps read back as the JSON does: every field, and the centroid in the JSON reader's
   * order (sums over it follow), also for a pruned entry whose own map iterates in another order.
   */
  @Test
  void bytes_readBackAsTheJsonDoes_everyFieldAndTheCentroidsOrder() {
    StoryEntry s = new StoryEntry("s-a", 7);
    s.add(article("a"), new TermVector(new String[] {"dam", "kherson", "flood"}, new double[] {0.8, 0.6, 1e-3}),
        new TermVector(new String[] {"Kherson", "2023"}, new double[] {0.7, 0.1}), new float[] {0.6f, 0.8f, 0});
    Article undated = new Article("b", "b", null, "A flood \"report\" — повінь", "outlet.ua", null, "uk", 1, "Text.", null, null);
    s.add(undated, new TermVector(new String[] {"dam", "повінь"}, new double[] {0.5, 0.9}), TermVector.EMPTY, null);
    addOverlappingArticles(s, "p");
    StoryEntry back = StoryEntry.fromBytes(s.toBytes());
    assertThat(back.toJson()).isEqualTo(StoryEntry.fromJson(s.toJson()).toJson());
    assertThat(back.toStory()).isEqualTo(s.toStory());
    assertThat(back.embeddingCosine(new float[] {1, 0, 0})).isEqualTo(s.embeddingCosine(new float[] {1, 0, 0}));
    assertThat(s.toBytes().length).isLessThan(s.toJson().length());

    StoryEntry bare = new StoryEntry("s-b", 1);
    assertThat(StoryEntry.fromBytes(bare.toBytes()).toJson()).isEqualTo(bare.toJson());
  }

  @Test
  void fromBytes_notAStoredState_failsNamingWhy() {
    byte[] good = new StoryEntry("s-a", 1).toBytes();
    assertThatThrownBy(() -> StoryEntry.fromBytes(new byte[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a stored story state");
    assertThatThrownBy(() -> StoryEntry.fromBytes("{\"id\":\"s-a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown layout");
    assertThatThrownBy(() -> StoryEntry.fromBytes(java.util.Arrays.copyOf(good, good.length - 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryEntry.fromBytes(java.util.Arrays.copyOf(good, good.length + 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the state");
    byte[] hugeLength = good.clone();
    hugeLength[1] = 0x7f; // the id's length
    assertThatThrownBy(() -> StoryEntry.fromBytes(hugeLength)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad length");
  }

  @Test
  void copy_andTheEntryItCameFrom_changeIndependently() {
    StoryEntry s = new StoryEntry("s-a", 7);
    s.add(article("a"), new TermVector(new String[] {"dam", "flood"}, new double[] {0.8, 0.6}), TermVector.EMPTY, null);
    StoryEntry copy = s.copy();
    assertThat(copy.toJson()).isEqualTo(s.toJson());

    copy.add(article("b"), new TermVector(new String[] {"dam", "kherson"}, new double[] {0.6, 0.8}), null, null);
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.holds("kherson")).isFalse();
    assertThat(s.sumNorm2()).isCloseTo(1.0, within(1e-12));

    StoryEntry second = s.copy();
    s.absorb(copy);
    assertThat(second.size()).isEqualTo(1);
    assertThat(second.holds("kherson")).isFalse();
    assertThat(copy.size()).isEqualTo(2);
    assertThat(s.size()).isEqualTo(3);
  }

  /**
   * A re-read entry is what decoding the stored one gives, down to the order of its centroid (which sums
   * over it follow): also after a prune, when the entry's own map, grown to twice the kept terms, iterates
   * in another order than one filled afresh.
   */
  @Test
  void reread_isTheDecodedEntry_inTheDecodedOrder() {
    StoryEntry s = new StoryEntry("s-a", 7);
    addOverlappingArticles(s, "a");
    assertThat(s.terms()).hasSizeLessThan(5 * 150 + 200); // pruned: the six added 950 terms
    String decoded = StoryEntry.fromJson(s.toJson()).toJson();
    assertThat(s.reread().toJson()).isEqualTo(decoded);
    assertThat(s.reread().copy().toJson()).isEqualTo(decoded);
  }

  @Test
  void fromJson_notAStoredEntry_failsNamingWhy() {
    assertThatThrownBy(() -> StoryEntry.fromJson("not json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a stored story entry");
    assertThatThrownBy(() -> StoryEntry.fromJson("{\"id\":\"s-a\",\"sum\":[1,2]}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryEntry.fromJson("{\"id\":\"s-a\",\"seq\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryEntry.fromJson("{\"id\":\"s-a\",\"first\":\"June\"}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryEntry.fromJson("{\"id\":\"s-a\",\"sum\":{\"dam\":0.5")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void json_writtenBeforeEmbeddings_readsWithoutOne() {
    String old = "{\"id\":\"s-a\",\"seq\":3,\"sum\":{\"kakhovka\":0.8},\"sumNorm2\":0.64,\"anchorSum\":{},\"anchorNorm2\":0,"
        + "\"members\":[{\"id\":\"a\",\"published\":\"2023-06-06\"}],\"languages\":{\"en\":1},\"outlets\":{},"
        + "\"mainLanguage\":\"en\",\"first\":\"2023-06-06\",\"last\":\"2023-06-06\",\"headline\":\"Dam\",\"headlineScore\":0.5}";
    StoryEntry s = StoryEntry.fromJson(old);
    assertThat(s.embeddingCosine(new float[] {1, 0, 0})).isNaN();
    s.add(article("b"), null, null, new float[] {1, 0, 0});
    assertThat(s.embeddingCosine(new float[] {1, 0, 0})).isCloseTo(1.0, within(1e-6));
    assertThat(s.size()).isEqualTo(2);
  }

  @Test
  void subtract_undoesTheMembersAdd() {
    StoryEntry s = new StoryEntry("s-a", 1);
    s.add(article("a"), new TermVector(new String[] {"dam", "kherson"}, new double[] {0.8, 0.6}), TermVector.EMPTY, new float[] {1, 0, 0});
    TermVector b = new TermVector(new String[] {"dam", "flood"}, new double[] {0.6, 0.8});
    s.add(article("b"), b, TermVector.EMPTY, new float[] {0, 1, 0});

    s.subtract(article("b"), b, TermVector.EMPTY, new float[] {0, 1, 0});

    assertThat(s.size()).isEqualTo(1);
    assertThat(s.sumNorm2()).isCloseTo(1.0, within(1e-9));
    assertThat(s.wordsHold("flood")).as("a term only b held leaves").isFalse();
    assertThat(s.wordsHold("dam")).isTrue();
    assertThat(s.dot(new TermVector(new String[] {"dam"}, new double[] {1}))).isCloseTo(0.8, within(1e-9));
    assertThat(s.embeddingCosine(new float[] {1, 0, 0})).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void subtract_lastMember_leavesNoCentroidNorEmbedding() {
    StoryEntry s = new StoryEntry("s-a", 1);
    TermVector a = new TermVector(new String[] {"dam"}, new double[] {1});
    s.add(article("a"), a, TermVector.EMPTY, new float[] {1, 0, 0});
    assertThat(s.subtract(article("a"), a, TermVector.EMPTY, new float[] {1, 0, 0})).as("its title was the headline").isTrue();
    assertThat(s.size()).isZero();
    assertThat(s.terms()).isEmpty();
    assertThat(s.sumNorm2()).isZero();
    assertThat(s.embeddingCosine(new float[] {1, 0, 0})).isNaN();
  }
}
