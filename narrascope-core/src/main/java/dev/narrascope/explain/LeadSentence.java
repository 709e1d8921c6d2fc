package dev.narrascope.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import dev.narrascope.narrative.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence an explanation opens with, naming the narrative in the article's language: "The
 * article pushes the narrative "Discrediting Ukraine": Ukraine is a puppet of the West." Gold
 * explanations restate the narrative in the article's language, and this lead raised ROUGE-L F
 * on every language (MODELS.md).
 *
 * <p>Each language has a resource {@code leads/<lang>.json}: two templates (with and without a
 * sub-narrative, {@code {narrative}} and {@code {sub}} standing for the names) and the
 * translations of the bundled taxonomy's names. A language without a file, or a label its file does
 * not translate (a user's own taxonomy), gets no lead — except English, the taxonomy's own
 * language, which uses the names as they are. Thread-safe.
 */
public final class LeadSentence {
  private static final String TAXONOMY_LANGUAGE = "en";
  private static final Map<String, Optional<Style>> STYLES = new ConcurrentHashMap<>();

  private LeadSentence() {}

  /**
   * @param narrative a narrative label, e.g. {@code "URW: Discrediting Ukraine"}
   * @param sub       a sub-narrative label under it; its {@code …: Other} gives the shorter lead
   * @param language  ISO 639-1 code of the article
   * @return the lead, or empty when the language or one of the names has no translation
   */
  public static Optional<String> of(String narrative, String sub, String language) {
    String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
    return STYLES.computeIfAbsent(lang, LeadSentence::load)
        .flatMap(style -> style.lead(name(narrative), name(sub), TAXONOMY_LANGUAGE.equals(lang)));
  }

  /** A label's own name: the part after its domain (narrative) or after its narrative (sub). */
  private static String name(String label) {
    return label.substring(label.lastIndexOf(": ") + 2);
  }

  private static Optional<Style> load(String language) {
    if (!language.matches("[a-z]{2,3}")) return Optional.empty();
    try (InputStream in = LeadSentence.class.getResourceAsStream("leads/" + language + ".json")) {
      if (in == null) return Optional.empty();
      JsonNode root = Json.MAPPER.readTree(in);
      Map<String, String> names = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("names").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        names.put(e.getKey(), e.getValue().asText());
      }
      return Optional.of(new Style(root.path("withSub").asText(), root.path("narrativeOnly").asText(), names));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled lead sentences for " + language + " are unreadable", e);
    }
  }

  private record Style(String withSub, String narrativeOnly, Map<String, String> names) {
    Optional<String> lead(String narrative, String sub, boolean namesAsTheyAre) {
      String n = namesAsTheyAre ? narrative : names.get(narrative);
      if (n == null) return Optional.empty();
      if (sub.equals(Taxonomy.OTHER)) return Optional.of(narrativeOnly.replace("{narrative}", n));
      String s = namesAsTheyAre ? sub : names.get(sub);
      return s == null ? Optional.empty() : Optional.of(withSub.replace("{narrative}", n).replace("{sub}", s));
    }
  }
}
