package dev.narrascope.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SpeakerRankerTrainerTest {
  private static final String[] PEOPLE = {"Lee Park", "Ana Silva", "Tom Reed", "Mia Chen", "Raj Patel", "Eva Novak"};

  /** A written article: a person named in the first paragraph, a quote attributed to another person after it. */
  private static PolnearQuotes.Doc article(int i) throws IOException {
    String distractor = PEOPLE[i % PEOPLE.length];
    String speaker = PEOPLE[(i + 1) % PEOPLE.length];
    String quote = "The plan number " + i + " will cut costs for every family in the state";
    String text = "Title " + i + "\n\n" + distractor + " visited the city council on Monday.\n\n\"" + quote + ",\" " + speaker
        + " said after the vote.";
    int q = text.indexOf(quote);
    int s = text.indexOf(speaker + " said");
    String json = Json.MAPPER.writeValueAsString(Map.of("id", "a" + i, "text", text, "attributions", List.of(Map.of(
        "source", List.of(List.of(s, s + speaker.length(), speaker)),
        "cue", List.of(),
        "content", List.of(List.of(q, q + quote.length(), quote))))));
    return PolnearQuotes.parse(Json.MAPPER.readTree(json));
  }

  @Test
  void train_writtenArticles_ranksTheNamedSpeakerAboveTheOneNamedBefore() throws IOException {
    List<PolnearQuotes.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) docs.add(article(i));

    SpeakerRanker ranker = SpeakerRankerTrainer.train(docs, SpeakerRankerTrainer.C);
    StringWriter out = new StringWriter();
    ranker.write(out);
    SpeakerRanker read = SpeakerRanker.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

    PolnearQuotes.Doc unseen = article(31);
    QuoteEvaluation.Result r = new QuoteEvaluation(new QuoteStage(read)).evaluate(List.of(unseen));
    assertThat(r.total().right()).isEqualTo(1);
    assertThat(out.toString()).doesNotContain("Lee Park").doesNotContain("family");
  }
}
