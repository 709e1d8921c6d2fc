package dev.narrascope.narrative;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A tiny made-up corpus: each label has its own cue words, mixed with shared filler. */
final class SyntheticCorpus {
  static final String TAXONOMY_JSON = "{\"WAR\":{\"Blame others\":[\"The West provoked it\",\"Kyiv provoked it\"]},"
      + "\"CLI\":{\"Hoax\":[\"Bad data\"]}}";
  static final String WEST = "WAR: Blame others: The West provoked it";
  static final String KYIV = "WAR: Blame others: Kyiv provoked it";
  static final String DATA = "CLI: Hoax: Bad data";
  private static final String[] FILLER = {"today", "report", "people", "city", "minister", "said", "week", "market",
      "school", "river", "train", "weather", "festival", "council"};

  private SyntheticCorpus() {}

  static Taxonomy taxonomy() {
    try {
      return Taxonomy.read(new ByteArrayInputStream(TAXONOMY_JSON.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Random r, String cues) {
    StringBuilder b = new StringBuilder("A headline about things\n\n");
    for (int s = 0; s < 6; s++) {
      for (int w = 0; w < 8; w++) b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
      if (cues != null && s % 2 == 0) b.append(cues);
      b.append(". ");
    }
    return b.toString();
  }

  static List<LabeledDocument> documents(int perLabel, long seed) {
    Random r = new Random(seed);
    List<LabeledDocument> docs = new ArrayList<>();
    for (int i = 0; i < perLabel; i++) {
      docs.add(doc("w" + i, r, "nato expansion provoked aggression by washington", WEST));
      docs.add(doc("k" + i, r, "kyiv shelled donbass and provoked the conflict", KYIV));
      docs.add(doc("d" + i, r, "thermometers faked temperature records manipulated", DATA));
      docs.add(new LabeledDocument("o" + i, "en", text(r, null), Set.of("Other"), Set.of("Other"), null));
    }
    return docs;
  }

  private static LabeledDocument doc(String id, Random r, String cues, String sub) {
    String narrative = sub.substring(0, sub.lastIndexOf(": "));
    return new LabeledDocument(id, "en", text(r, cues), Set.of(narrative), Set.of(sub),
        new LabeledDocument.GoldExplanation(narrative, sub, "It says " + cues));
  }
}
