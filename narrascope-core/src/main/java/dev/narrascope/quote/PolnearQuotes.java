package dev.narrascope.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads attribution-annotated articles in the PolNeAR JSON Lines layout ({@code {"id","text",
 * "attributions":[{"source":[[start,end,text]…],"cue":[…],"content":[…]}]}}, character offsets into
 * {@code text}) and keeps the gold direct quotes of the suggested speaker metric: attributions whose
 * content holds a quoted part (words between quotation marks) of at least {@link #MIN_WORDS} words and
 * whose source span names someone (a capitalised word that is not an article, pronoun or the like).
 * Stateless; thread-safe.
 */
public final class PolnearQuotes {
  /** Fewest quoted words a gold quote has. */
  public static final int MIN_WORDS = 4;

  /** A gold quote: the character ranges of its quoted words, its source's names and source text. */
  public record GoldQuote(List<int[]> words, List<String> names, String source) {}

  /** One article: its text, its gold quotes, and every attribution (for scoring reported speech). */
  public record Doc(String id, String text, List<GoldQuote> quotes, List<Attribution> attributions) {}

  /** Any annotated attribution, direct or paraphrase: its content's character ranges and its source's names (maybe none). */
  public record Attribution(List<int[]> content, List<String> names) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
      "his", "her", "hers", "its", "their", "theirs", "our", "my", "your", "him", "them", "us", "me", "this", "that",
      "these", "those", "who", "whom", "which", "some", "many", "most", "one", "others", "other", "another", "both",
      "all", "each", "several", "few", "someone", "somebody", "anyone", "everyone", "nobody", "no", "none", "and",
      "or", "but", "of", "in", "on", "at", "for", "to", "as", "by", "with", "from", "according", "said", "says",
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.");

  private PolnearQuotes() {}

  /**
   * The articles of {@code path}: a {@code .jsonl} or {@code .jsonl.gz} file, or a folder holding
   * {@code dev.jsonl.gz} (read alone when present) or else every {@code *.jsonl(.gz)} file, in name order.
   */
  public static List<Doc> read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      Path dev = path.resolve("dev.jsonl.gz");
      if (Files.isRegularFile(dev)) {
        files.add(dev);
      } else {
        try (Stream<Path> s = Files.list(path)) {
          s.filter(p -> p.getFileName().toString().matches(".*\\.jsonl(\\.gz)?")).sorted().forEach(files::add);
        }
      }
      if (files.isEmpty()) throw new IOException("no dev.jsonl.gz or *.jsonl(.gz) in " + path);
    } else if (Files.isRegularFile(path)) {
      files.add(path);
    } else {
      throw new IOException("no such file or folder: " + path);
    }
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) {
      try (InputStream raw = Files.newInputStream(f);
           InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
           BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          if (line.isBlank()) continue;
          try {
            docs.add(parse(Json.MAPPER.readTree(line)));
          } catch (IOException | RuntimeException e) {
            throw new IOException(f + ":" + no + ": not a PolNeAR article: " + e.getMessage(), e);
          }
        }
      }
    }
    return docs;
  }

  /** One article from its JSON object. */
  public static Doc parse(JsonNode n) {
    String text = n.path("text").asText("");
    List<int[]> quoted = quotedParts(text);
    List<GoldQuote> gold = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    for (JsonNode a : n.path("attributions")) {
      List<int[]> words = new ArrayList<>();
      List<int[]> content = new ArrayList<>();
      for (JsonNode c : a.path("content")) {
        int s = Math.max(0, c.path(0).asInt());
        int e = Math.min(c.path(1).asInt(), text.length());
        content.add(new int[] {s, e});
        for (int[] q : quoted) {
          int from = Math.max(s, q[0]);
          int to = Math.min(e, q[1]);
          if (from < to) words.addAll(words(text, from, to));
        }
      }
      StringBuilder source = new StringBuilder();
      for (JsonNode s : a.path("source")) {
        int from = Math.max(0, s.path(0).asInt());
        int to = Math.min(s.path(1).asInt(), text.length());
        if (from < to) source.append(source.length() > 0 ? " " : "").append(text, from, to);
      }
      List<String> names = names(source.toString());
      attributions.add(new Attribution(content, names));
      if (words.size() >= MIN_WORDS && !names.isEmpty()) gold.add(new GoldQuote(words, names, source.toString()));
    }
    return new Doc(n.path("id").asText(""), text, gold, attributions);
  }

  /**
   * The quoted parts of {@code text}: between “ and ”, or a pair of " in one paragraph; a quote left
   * open at its paragraph's end (speech going on in the next paragraph) runs to that end.
   */
  public static List<int[]> quotedParts(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) out.add(new int[] {open + 1, i});
        open = -1;
      } else if (c == '“' || (c == '"' && open < 0)) {
        if (open >= 0) out.add(new int[] {open + 1, i});
        open = i;
      } else if ((c == '”' || c == '"') && open >= 0) {
        out.add(new int[] {open + 1, i});
        open = -1;
      }
    }
    if (open >= 0) out.add(new int[] {open + 1, text.length()});
    return out;
  }

  /** The names in a source span: its capitalised words that are not articles, pronouns or titles. */
  public static List<String> names(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(source);
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").replaceAll("[.'’\\-]+$", "");
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (!out.contains(w)) out.add(w);
    }
    return out;
  }

  static List<int[]> words(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) out.add(new int[] {m.start(), m.end()});
    return out;
  }
}
