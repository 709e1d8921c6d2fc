package dev.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.narrascope.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class StoryEntryTest {
  private static Article article(String id) {
    return new Article(id, id, null, "Title " + id, null, LocalDate.parse("2024-01-02"), "en", 1, "Text.", null, null);
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
    assertThat(s.sharedTerms(new String[] {"flood"})).as("a term only b held leaves").isZero();
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
