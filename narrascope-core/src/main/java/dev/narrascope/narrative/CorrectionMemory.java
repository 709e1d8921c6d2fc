package dev.narrascope.narrative;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.narrascope.Json;
import dev.narrascope.LabelScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The narratives analysts gave to articles, remembered by a retrained model ({@code narrascope train
 * --corrections}) so that it gives exactly those labels when it meets the same article again: in a
 * re-analysis, in a new store, or as a verbatim repost elsewhere.
 *
 * <p>Why beside the scorers: the corrected articles also go into the scorers' training (weighted), which
 * moves the model on similar articles; but a regularised linear model with calibrated thresholds does
 * not reproduce every label of every corrected article (in the round-trip test about 4 in 20 keep a
 * wrong narrative). An analyst who corrected an article expects the model trained on that correction to
 * agree with it, so the model looks the article up first. Articles are keyed by a SHA-256 of their text
 * with case and whitespace ignored: the file holds no text. Immutable.
 */
public final class CorrectionMemory {
  /** File name inside a model folder, beside {@link NarrativeModel#FILE_NAME}. */
  public static final String FILE_NAME = "corrected-narratives.json";
  private static final CorrectionMemory EMPTY = new CorrectionMemory(Map.of());
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** One remembered article: its text's key and its corrected labels. */
  public record Entry(String key, List<String> narratives, List<String> subNarratives) {
    public Entry {
      narratives = List.copyOf(narratives);
      subNarratives = List.copyOf(subNarratives);
    }
  }

  private final Map<String, Entry> byKey;

  private CorrectionMemory(Map<String, Entry> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  public static CorrectionMemory empty() {
    return EMPTY;
  }

  /** The memory of the given corrected documents (a later document with the same text wins; labels in name order). */
  public static CorrectionMemory of(List<LabeledDocument> corrected) {
    Map<String, Entry> byKey = new HashMap<>();
    for (LabeledDocument d : corrected) {
      String key = key(d.text());
      byKey.put(key, new Entry(key, d.narratives().stream().sorted().toList(), d.subNarratives().stream().sorted().toList()));
    }
    return new CorrectionMemory(byKey);
  }

  public int size() {
    return byKey.size();
  }

  /** The remembered articles, in no particular order. */
  public List<Entry> entries() {
    return List.copyOf(byKey.values());
  }

  /** The corrected labels of this text (confidence 1), if an analyst corrected an article with this text. */
  public Optional<NarrativePrediction> recall(String text) {
    if (byKey.isEmpty()) return Optional.empty();
    Entry e = byKey.get(key(text));
    if (e == null) return Optional.empty();
    return Optional.of(new NarrativePrediction(certain(e.narratives()), certain(e.subNarratives())));
  }

  private static List<LabelScore> certain(List<String> labels) {
    return labels.stream().map(l -> new LabelScore(l, 1.0)).toList();
  }

  /** A text's key: SHA-256 of the text lower-cased with runs of whitespace as one space. */
  static String key(String text) {
    String normal = WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Writes the memory as {@value #FILE_NAME} into {@code modelDir}; an empty memory removes the file,
   * so that a model retrained without corrections into the same folder forgets the old ones.
   */
  void save(Path modelDir) throws IOException {
    Path file = modelDir.resolve(FILE_NAME);
    if (byKey.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    List<Entry> entries = byKey.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), entries);
  }

  /** Reads {@value #FILE_NAME} from {@code modelDir}; empty when there is none. */
  static CorrectionMemory load(Path modelDir) throws IOException {
    Path file = modelDir.resolve(FILE_NAME);
    if (!Files.exists(file)) return EMPTY;
    List<Entry> entries;
    try {
      entries = Json.MAPPER.readValue(file.toFile(), new TypeReference<List<Entry>>() {});
    } catch (IOException e) {
      throw new IOException("cannot read the corrected narratives " + file + ": " + e.getMessage(), e);
    }
    Map<String, Entry> byKey = new HashMap<>();
    for (Entry e : entries) byKey.put(e.key(), e);
    return new CorrectionMemory(byKey);
  }
}
