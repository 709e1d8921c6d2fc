package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code samples/corpus-manifest.json} honest: other tests pin cleaning, dates, stories, reposts and
 * quotes against it, so every expectation it states must literally hold for the files in
 * {@code samples/corpus/}. Runs from the module directory (Maven's default), hence {@code ../samples}.
 */
final class SampleCorpusManifestTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path CORPUS = SAMPLES.resolve("corpus");

  /** One manifest entry; {@code file} is a file name, or {@code name.jsonl#N} for the N-th line (1-based). */
  record Entry(String file, String lang, String title, String outlet, String published, String story,
      String repostOf, List<String> junkLines, List<String> keepSentences, List<QuoteRef> quotes,
      List<String> actors) {
    @Override
    public String toString() {
      return file;
    }
  }

  record QuoteRef(String text, String speaker) {}

  /** What an article's source says: its title as the format defines it, and the text to search. */
  record Source(String title, String text) {}

  static List<Entry> entries() throws IOException {
    JsonNode root = Json.MAPPER.readTree(SAMPLES.resolve("corpus-manifest.json").toFile());
    return List.of(Json.MAPPER.treeToValue(root.get("articles"), Entry[].class));
  }

  // ---------------------------------------------------------------- the corpus as a whole

  @Test
  void manifest_listsEveryCorpusFileAndEveryJsonLine() throws IOException {
    List<Entry> entries = entries();
    Set<String> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = entries.stream().map(e -> e.file().split("#")[0])
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(files);
    for (String f : files) {
      if (f.endsWith(".jsonl")) {
        long lines = Files.readAllLines(CORPUS.resolve(f)).stream().filter(l -> !l.isBlank()).count();
        assertThat(entries).filteredOn(e -> e.file().startsWith(f + "#")).hasSize((int) lines);
      }
    }
  }

  @Test
  void manifest_repostsPointAtListedOriginals_andOneIsAnExactCopy() throws IOException {
    List<Entry> entries = entries();
    Map<String, Entry> byFile = entries.stream().collect(Collectors.toMap(Entry::file, Function.identity()));
    List<Entry> reposts = entries.stream().filter(e -> e.repostOf() != null).toList();
    assertThat(reposts).hasSizeGreaterThanOrEqualTo(4);
    for (Entry r : reposts) {
      assertThat(byFile).as("original of %s", r.file()).containsKey(r.repostOf());
      assertThat(byFile.get(r.repostOf()).story()).as("story of %s", r.file()).isEqualTo(r.story());
    }
    assertThat(reposts).anySatisfy(
        r -> assertThat(source(r).text()).isEqualTo(source(byFile.get(r.repostOf())).text()));
  }

  @Test
  void manifest_coversFiveLanguagesAndSeveralMultiOutletStories() throws IOException {
    List<Entry> entries = entries();
    assertThat(entries.stream().map(Entry::lang).distinct())
        .containsExactlyInAnyOrder("en", "bg", "pt", "ru", "hi");
    Map<String, Set<String>> outletsPerStory = entries.stream()
        .filter(e -> e.story() != null && e.outlet() != null)
        .collect(Collectors.groupingBy(Entry::story, Collectors.mapping(Entry::outlet, Collectors.toSet())));
    assertThat(outletsPerStory.values()).filteredOn(o -> o.size() >= 2).hasSizeGreaterThanOrEqualTo(4);
  }

  // ---------------------------------------------------------------- each article

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void article_titleMatchesItsSource(Entry e) {
    assertThat(source(e).title()).isEqualTo(e.title());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void article_junkKeptSentencesAndQuotesAreLiterallyPresent(Entry e) {
    String text = source(e).text();
    assertThat(e.junkLines()).isNotEmpty().allSatisfy(j -> assertThat(text).contains(j));
    assertThat(e.keepSentences()).isNotEmpty().allSatisfy(k -> assertThat(text).contains(k));
    assertThat(e.quotes()).allSatisfy(q -> assertThat(text).contains(q.text()));
    assertThat(e.junkLines()).doesNotContainAnyElementsOf(e.keepSentences());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void article_plainTextJunkLinesAreWholeLines(Entry e) {
    if (e.file().endsWith(".html")) {
      return; // in HTML, junk is the text of an element, not a line of the file
    }
    List<String> lines = source(e).text().lines().map(String::strip).toList();
    assertThat(e.junkLines()).allSatisfy(j -> assertThat(lines).contains(j));
  }

  // ---------------------------------------------------------------- reading sources

  /**
   * Title and searchable text per format: plain text uses its first non-empty line that is not one of
   * the entry's junk lines; JSON Lines the
   * {@code title} and {@code text} fields; HTML its {@code <h1>}, which {@code <title>} must start with
   * (sites append their own name there).
   */
  static Source source(Entry e) {
    try {
      String[] parts = e.file().split("#");
      String content = Files.readString(CORPUS.resolve(parts[0]), StandardCharsets.UTF_8);
      if (parts.length == 2) {
        String line = content.lines().filter(l -> !l.isBlank()).toList().get(Integer.parseInt(parts[1]) - 1);
        JsonNode node = Json.MAPPER.readTree(line);
        return new Source(node.get("title").asText(), node.get("text").asText());
      }
      if (parts[0].endsWith(".html")) {
        Document doc = Jsoup.parse(content);
        String h1 = doc.selectFirst("h1").text();
        assertThat(doc.title()).startsWith(h1);
        return new Source(h1, content);
      }
      // Scraped text may start with page junk ("top of page"): the title is the first line that is not.
      String first = content.lines().map(String::strip).filter(l -> !l.isEmpty() && !e.junkLines().contains(l))
          .findFirst().orElse("");
      return new Source(first, content);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
