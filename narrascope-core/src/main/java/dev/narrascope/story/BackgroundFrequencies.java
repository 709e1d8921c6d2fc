package dev.narrascope.story;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How many news documents of a background corpus hold each {@link Terms} term in their title and
 * lead, per language (plus all languages pooled under {@link #ANY}). A batch of five articles
 * cannot tell a topic word ("Ukraine", "NATO") from an event word ("Reznikov", "shedding"): every
 * term shared by two of them looks rare. {@link ArticleVectors} blends these counts into its
 * document frequencies as a prior worth {@link #PRIOR_DOCUMENTS} documents, so the batch's own
 * counts dominate once it is much larger.
 *
 * <p>The shipped table ({@link #RESOURCE}) holds counts only (no text): the most frequent
 * {@link #MAX_TERMS} terms of each language of the SemEval-2025 Task 10 training raw documents.
 * Rebuild it with {@link #count} and {@link #write} (see docs/stories.md). Immutable; thread-safe.
 */
final class BackgroundFrequencies {
  static final String RESOURCE = "/dev/narrascope/models/story-df.tsv.gz";
  /** Key of the table pooling every language: for articles in a language the table lacks. */
  static final String ANY = "*";
  static final int MAX_TERMS = 40_000;
  /**
   * Weight of the background in documents: against a batch of 5 it decides which terms are rare;
   * against 10,000 it is a rounding error. Not tuned on any evaluation set.
   */
  static final double PRIOR_DOCUMENTS = 200;

  private static final BackgroundFrequencies SHIPPED = load();

  private final Map<String, Integer> documents;
  private final Map<String, Map<String, Integer>> df;

  BackgroundFrequencies(Map<String, Integer> documents, Map<String, Map<String, Integer>> df) {
    this.documents = Map.copyOf(documents);
    Map<String, Map<String, Integer>> copy = new HashMap<>();
    df.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    this.df = Map.copyOf(copy);
  }

  /** The shipped table, or an empty one (batch frequencies only) if the resource is missing. */
  static BackgroundFrequencies shipped() {
    return SHIPPED;
  }

  /**
   * Share of background documents in {@code language} (or pooled, if that language has no table)
   * holding {@code term}; a term outside the table counts as half a document. {@code -1} when there
   * is no background at all.
   */
  double rate(String language, String term) {
    String lang = documents.containsKey(language) ? language : ANY;
    Integer n = documents.get(lang);
    if (n == null || n == 0) return -1;
    Integer d = df.get(lang).get(term);
    return (d == null ? 0.5 : d) / (double) n;
  }

  /** Term counts of title + lead of each document: the same text {@link ArticleVectors} weighs. */
  static Set<String> termsOf(String title, String text) {
    String lead = text.length() > ArticleVectors.LEAD_CHARS ? text.substring(0, ArticleVectors.LEAD_CHARS) : text;
    Set<String> terms = new HashSet<>();
    for (Terms.Token t : Terms.tokens(title)) terms.add(t.term());
    for (Terms.Token t : Terms.tokens(lead)) terms.add(t.term());
    return terms;
  }

  /**
   * Counts a folder of per-language folders of plain-text documents (first line the title, as in
   * the SemEval raw documents): {@code root/EN/*.txt}, {@code root/BG/*.txt}, ...; only the
   * folders named in {@code languages} (any case) when it is not empty.
   */
  static BackgroundFrequencies count(Path root, java.util.Collection<String> languages) throws IOException {
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (String l : languages) wanted.add(l.toLowerCase(Locale.ROOT));
    Map<String, Integer> documents = new TreeMap<>();
    Map<String, Map<String, Integer>> df = new TreeMap<>();
    List<Path> folders;
    try (Stream<Path> s = Files.list(root)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : folders) {
      String lang = dir.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!wanted.isEmpty() && !wanted.contains(lang)) continue;
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path f : files) {
        String doc = Files.readString(f, StandardCharsets.UTF_8);
        int nl = doc.indexOf('\n');
        String title = nl < 0 ? doc : doc.substring(0, nl);
        String body = nl < 0 ? "" : doc.substring(nl + 1).strip();
        for (String key : List.of(lang, ANY)) {
          documents.merge(key, 1, Integer::sum);
          Map<String, Integer> m = df.computeIfAbsent(key, k -> new HashMap<>());
          for (String t : termsOf(title, body)) m.merge(t, 1, Integer::sum);
        }
      }
    }
    return new BackgroundFrequencies(documents, df);
  }

  /**
   * Writes the table as gzip'd TSV: {@code @docs <tab> lang <tab> N}, then {@code lang <tab> term
   * <tab> df} for the {@link #MAX_TERMS} most frequent terms of each language seen in at least two
   * documents (a term seen once is as informative as an unseen one), sorted for stable diffs.
   */
  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      for (var e : new TreeMap<>(documents).entrySet()) w.write("@docs\t" + e.getKey() + "\t" + e.getValue() + "\n");
      for (String lang : new TreeMap<>(df).keySet()) {
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(df.get(lang).entrySet());
        kept.removeIf(e -> e.getValue() < 2);
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> top = new TreeMap<>();
        for (var e : kept.subList(0, Math.min(MAX_TERMS, kept.size()))) top.put(e.getKey(), e.getValue());
        for (var e : top.entrySet()) w.write(lang + "\t" + e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  static BackgroundFrequencies read(InputStream in) throws IOException {
    Map<String, Integer> documents = new HashMap<>();
    Map<String, Map<String, Integer>> df = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length != 3) continue;
        if (f[0].equals("@docs")) documents.put(f[1], Integer.parseInt(f[2]));
        else df.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2]));
      }
    }
    documents.keySet().forEach(k -> df.computeIfAbsent(k, x -> new HashMap<>()));
    return new BackgroundFrequencies(documents, df);
  }

  private static BackgroundFrequencies load() {
    try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return new BackgroundFrequencies(Map.of(), Map.of());
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
