package dev.narrascope.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts lower-cased word tokens (letters only, at least two, bundled stopwords removed) for the
 * distinctive-word scores. Stateless; thread-safe.
 */
final class WordCounts {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{2,}(?:[-'’][\\p{L}\\p{M}]+)*");
  private static final Set<String> STOPWORDS = load();

  private WordCounts() {}

  static Map<String, Integer> of(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
      if (w.length() >= 2 && !STOPWORDS.contains(w)) counts.merge(w, 1, Integer::sum);
    }
    return counts;
  }

  private static Set<String> load() {
    try (InputStream in = WordCounts.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) throw new IllegalStateException("stopwords.txt missing from the classpath");
      Set<String> words = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) continue;
        for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
