package dev.narrascope.quote;

import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.entity.EntityStage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development harness for the speaker ranker on PolNeAR train only (MODELS.md, "Quotes on PolNeAR"):
 * trains on the even-numbered train articles and scores the odd ones (A→B), then the reverse (B→A),
 * printing the accuracy of all gold quotes ({@code -Dsplit=pairs}: halves of alternate article pairs; {@code -Drules=only}:
 * the rules alone on each half, nothing trained); with a second argument, writes the A→B misses with their
 * context there (and the B→A ones to the same name + ".ba") (for error study, never committed). Dev data is never read here.
 *
 * <pre>{@code
 * java -cp narrascope-core/target/classes:narrascope-core/target/test-classes:$(cat cp.txt) \
 *   dev.narrascope.quote.SpeakerRankerHalves ../shared/data/polnear/train.jsonl.gz [errors.txt]
 * }</pre>
 */
final class SpeakerRankerHalves {
  /** Inverse regularisation to try ({@code -Dc=…}), the shipped one by default. */
  private static final double C = Double.parseDouble(System.getProperty("c", String.valueOf(SpeakerRankerTrainer.C)));

  private SpeakerRankerHalves() {}

  public static void main(String[] args) throws IOException {
    List<PolnearQuotes.Doc> docs = PolnearQuotes.read(Path.of(args[0]));
    List<PolnearQuotes.Doc> a = new ArrayList<>();
    List<PolnearQuotes.Doc> b = new ArrayList<>();
    // -Dsplit=pairs: a second pair of halves (articles 0,1 / 2,3 / …) to check that a gain is not one split's luck.
    boolean pairs = "pairs".equals(System.getProperty("split"));
    for (int i = 0; i < docs.size(); i++) ((pairs ? i / 2 : i) % 2 == 0 ? a : b).add(docs.get(i));
    if ("only".equals(System.getProperty("rules"))) {
      // -Drules=only: the rules alone on each half, no ranker trained: a rule's own effect, free of the noise a retrained
      // ranker adds (a few quotes either way on each half).
      QuoteEvaluation rules = new QuoteEvaluation(new QuoteStage(null));
      QuoteEvaluation.Result onB = rules.evaluate(b);
      QuoteEvaluation.Result onA = rules.evaluate(a);
      print("rules B", onB, "rules A", onA);
      if (args.length > 1) {
        writeMisses(onB, b, null, Path.of(args[1]));
        writeMisses(onA, a, null, Path.of(args[1] + ".a"));
      }
      return;
    }
    SpeakerRanker onA = SpeakerRankerTrainer.train(a, C);
    QuoteEvaluation.Result ab = new QuoteEvaluation(new QuoteStage(onA)).evaluate(b);
    SpeakerRanker onB = SpeakerRankerTrainer.train(b, C);
    QuoteEvaluation.Result ba = new QuoteEvaluation(new QuoteStage(onB)).evaluate(a);
    print("A->B", ab, "B->A", ba);
    if (args.length > 1) {
      writeMisses(ab, b, onA, Path.of(args[1]));
      writeMisses(ba, a, onB, Path.of(args[1] + ".ba"));
    }
  }

  private static void print(String first, QuoteEvaluation.Result x, String second, QuoteEvaluation.Result y) {
    System.out.printf(Locale.ROOT, "%s %.3f (%d/%d, wrong %d, empty %d)  %s %.3f (%d/%d, wrong %d, empty %d)%n",
        first, x.total().accuracyAll(), x.total().right(), x.total().gold(), x.total().wrongSpeaker(), x.total().emptySpeaker(),
        second, y.total().accuracyAll(), y.total().right(), y.total().gold(), y.total().wrongSpeaker(), y.total().emptySpeaker());
  }

  private static void writeMisses(QuoteEvaluation.Result r, List<PolnearQuotes.Doc> docs, SpeakerRanker ranker, Path out)
      throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (QuoteEvaluation.Scored s : r.quotes()) {
        if (s.outcome() == QuoteMetrics.Outcome.RIGHT) continue;
        String text = docs.stream().filter(d -> d.id().equals(s.docId())).findFirst().orElseThrow().text();
        int at = s.gold().words().get(0)[0];
        int end = s.gold().words().get(s.gold().words().size() - 1)[1];
        String context = text.substring(Math.max(0, at - 300), Math.min(text.length(), end + 200)).replace('\n', '|');
        w.printf("== %s %s gold=[%s] system=[%s]%n%s%n", s.docId(), s.outcome(), s.gold().source(), s.speaker(), context);
        if (ranker != null) for (String c : candidates(s.docId(), text, at, ranker)) w.println("   " + c);
        w.println();
      }
    }
  }

  /** The scored candidates of the system quote holding offset {@code at}, best first. */
  private static List<String> candidates(String id, String text, int at, SpeakerRanker ranker) {
    Article a = new Article(id, id, null, "", null, null, "en", 1.0, text, null, null);
    List<EntityMention> mentions = new EntityStage().apply(a, Findings.none()).analysis().entities();
    List<String> out = new ArrayList<>();
    SpeakerChooser recorder = (start, end, words, rule, cs) -> {
      String chosen = ranker.choose(start, end, words, rule, cs);
      if (start <= at && at < end) {
        out.add("rule=" + rule + " chosen=" + chosen);
        cs.stream().sorted(java.util.Comparator.comparingDouble(c -> -ranker.score(c)))
            .forEach(c -> out.add(String.format(Locale.ROOT, "%6.2f %s %s", ranker.score(c), c.name(), c.features())));
      }
      return chosen;
    };
    new QuoteExtractor(recorder).find(text, mentions);
    return out;
  }
}
