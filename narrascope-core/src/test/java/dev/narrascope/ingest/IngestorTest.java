package dev.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IngestorTest {
  @TempDir Path dir;
  final List<RawDocument> docs = new ArrayList<>();
  final Findings findings = Findings.tracking(100);

  private void read(Path... paths) {
    Ingestor.defaults().read(List.of(paths), docs::add, findings);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  private List<String> messages() {
    return findings.list().stream().map(Finding::toString).toList();
  }

  /* --------------- files and folders --------------- */

  @Test
  void read_textAndHtml_giveKindsAndCharset() throws IOException {
    Path txt = write("a.txt", "Title line\n\nBody text.");
    Path html = write("b.htm", "<html><body><p>Hello</p></body></html>");
    read(txt, html);
    assertThat(docs).extracting(RawDocument::kind).containsExactly(RawDocument.Kind.TEXT, RawDocument.Kind.HTML);
    assertThat(docs.get(0).content()).isEqualTo("Title line\n\nBody text.");
    assertThat(docs.get(0).origin()).isEqualTo(txt.toString());
    assertThat(docs.get(0).metadata()).containsEntry("charset", "UTF-8");
    assertThat(findings.count()).isZero();
  }

  @Test
  void read_folder_isRecursiveSortedAndSkipsHidden() throws IOException {
    write("b/2.txt", "two\nbody");
    write("a.txt", "one\nbody");
    write("b/1.txt", "three\nbody");
    write(".hidden.txt", "hidden\nbody");
    write(".git/x.txt", "hidden\nbody");
    read(dir);
    assertThat(docs).extracting(d -> dir.relativize(Path.of(d.origin())).toString().replace('\\', '/'))
        .containsExactly("a.txt", "b/1.txt", "b/2.txt");
  }

  /* --------------- streams and records (the Spark job's way in) --------------- */

  @Test
  void readStream_namedZip_isUnpackedAndNamedByOrigin() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write("Title\n\nBody.".getBytes(StandardCharsets.UTF_8));
    }
    Ingestor.defaults().read("corpus.zip", "s3a://bucket/corpus.zip", new ByteArrayInputStream(bytes.toByteArray()),
        bytes.size(), docs::add, findings);
    assertThat(docs).extracting(RawDocument::origin).containsExactly("s3a://bucket/corpus.zip!/a.txt");
    assertThat(findings.count()).isZero();
  }

  @Test
  void readRecord_readsLikeItsJsonLine() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", "T");
    fields.put("text", "Body.");
    fields.put("source", "Wire");
    fields.put("author", "A. B.");
    fields.put("url", null);
    Ingestor.defaults().readRecord("t.parquet:1", fields, docs::add, findings);
    Ingestor.defaults().readRecord("t.parquet:2", Map.of("title", "no body"), docs::add, findings);
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.origin()).isEqualTo("t.parquet:1");
      assertThat(d.title()).isEqualTo("T");
      assertThat(d.source()).isEqualTo("Wire");
      assertThat(d.url()).isNull();
      assertThat(d.metadata()).containsEntry("author", "A. B.");
    });
    assertThat(findings.list()).extracting(Finding::input, Finding::code).containsExactly(tuple("t.parquet:2", "no-text"));
  }

  @Test
  void read_missingPath_isFinding() {
    read(dir.resolve("nope.txt"));
    assertThat(messages()).containsExactly(dir.resolve("nope.txt") + ": no such file or folder [ingest/missing]");
  }

  @Test
  void read_folderLinkLoop_isReadOnce() throws IOException {
    write("a/x.txt", "X\nbody");
    try {
      Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    read(dir);
    assertThat(docs).hasSize(1);
    assertThat(findings.list()).extracting(Finding::code).containsExactly("skipped");
  }

  @Test
  void read_unreadableFile_isFinding() throws IOException {
    Path f = write("secret.txt", "S\nbody");
    try {
      Files.setPosixFilePermissions(f, java.util.Set.of());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
    }
    Assumptions.assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
    read(f);
    assertThat(messages()).containsExactly(f + ": cannot read: permission denied [ingest/unreadable]");
  }

  @Test
  void read_emptyAndBlankFiles_areFindings() throws IOException {
    read(write("empty.txt", ""), write("blank.html", "  \n\t\n"));
    assertThat(docs).isEmpty();
    assertThat(findings.list()).extracting(Finding::code).containsExactly("empty-file", "empty-file");
  }

  @Test
  void read_binaryJunk_isFindingAndBatchGoesOn() throws IOException {
    byte[] junk = new byte[10_000];
    new Random(1).nextBytes(junk);
    read(write("junk.txt", junk), write("junk", junk), write("ok.txt", "Fine\nbody"));
    assertThat(docs).hasSize(1);
    assertThat(findings.list()).extracting(Finding::message).containsExactly("binary file, not text", "binary file, not text");
  }

  @Test
  void read_windows1251Text_isDecoded() throws IOException {
    read(write("ru.txt", TextDecoderTest.RUSSIAN.getBytes(Charset.forName("windows-1251"))));
    assertThat(docs.get(0).content()).isEqualTo(TextDecoderTest.RUSSIAN);
    assertThat(docs.get(0).metadata()).containsEntry("charset", "windows-1251").containsEntry("charsetFrom", "detected");
  }

  @Test
  void read_pageOverLimit_isSkippedWithFinding() throws IOException {
    Path big = write("big.html", "<p>" + "x".repeat(5000) + "</p>");
    Ingestor.defaults().withMaxDocumentBytes(1000).read(List.of(big), docs::add, findings);
    assertThat(docs).isEmpty();
    assertThat(findings.list().get(0).message()).isEqualTo("too large (4 KB): over the 1000 bytes limit for one document, skipped");
  }

  @Test
  void withMaxDocumentBytes_notPositive_throws() {
    assertThatThrownBy(() -> Ingestor.defaults().withMaxDocumentBytes(0)).hasMessage("maxDocumentBytes must be > 0: 0");
  }

  @Test
  void read_sniffsFormatOfUnknownNames() throws IOException {
    read(write("page", "<!DOCTYPE html><html><body>x</body></html>"), write("lines.data", "{\"text\":\"t\"}\n"),
        write("saved.txt", "<html><body>y</body></html>"));
    assertThat(docs).extracting(RawDocument::kind)
        .containsExactly(RawDocument.Kind.HTML, RawDocument.Kind.TEXT, RawDocument.Kind.HTML);
  }

  @Test
  void read_assetFiles_areSkippedWithFinding() throws IOException {
    read(write("page_files/style.css", "body{}"));
    assertThat(docs).isEmpty();
    assertThat(findings.list()).extracting(Finding::code).containsExactly("skipped");
  }

  @Test
  void read_stdin_sniffsAndReads() {
    var in = new ByteArrayInputStream("{\"title\":\"T\",\"text\":\"body\"}\n".getBytes(StandardCharsets.UTF_8));
    Ingestor.defaults().withStdin(in).read(List.of(Path.of("-")), docs::add, findings);
    assertThat(docs).extracting(RawDocument::origin).containsExactly("-:1");
  }

  /* --------------- JSON Lines --------------- */

  @Test
  void read_jsonLines_mapsFieldsAndKeepsUnknownOnesAsMetadata() throws IOException {
    Path f = write("x.jsonl", "{\"url\":\"https://ex.org/a\",\"title\":\"A\",\"text\":\"Body A\",\"published\":\"2024-03-01\","
        + "\"source\":\"Ex\",\"author\":\"Jo\",\"tags\":[\"a\",\"b\"],\"score\":3}\r\n"
        + "\n"
        + "{\"title\":\"B\",\"html\":\"<p>Body B</p>\"}\n");
    read(f);
    assertThat(docs).hasSize(2);
    RawDocument a = docs.get(0);
    assertThat(a.origin()).isEqualTo(f + ":1");
    assertThat(a.url()).isEqualTo("https://ex.org/a");
    assertThat(a.title()).isEqualTo("A");
    assertThat(a.content()).isEqualTo("Body A");
    assertThat(a.kind()).isEqualTo(RawDocument.Kind.TEXT);
    assertThat(a.published()).isEqualTo("2024-03-01");
    assertThat(a.source()).isEqualTo("Ex");
    assertThat(a.metadata()).containsEntry("author", "Jo").containsEntry("tags", "[\"a\",\"b\"]").containsEntry("score", "3");
    assertThat(docs.get(1).kind()).isEqualTo(RawDocument.Kind.HTML);
    assertThat(docs.get(1).origin()).isEqualTo(f + ":3");
  }

  /* --------------- JSON documents (.json) --------------- */

  @Test
  void read_jsonArrayOrPrettyPrintedObject_givesItsArticles_andJsonLinesNamedJsonStayLines() throws IOException {
    Path array = write("export.json", "[\n  {\"title\": \"A\", \"text\": \"Body A\", \"source\": \"Ex\"},\n"
        + "  {\"title\": \"B\", \"html\": \"<p>Body B</p>\", \"lang\": \"en\"}\n]\n");
    Path object = write("one.json", "{\n  \"title\": \"C\",\n  \"text\": \"Body C\"\n}\n");
    Path lines = write("lines.json", "{\"text\":\"L1\"}\n{\"text\":\"L2\"}\n");
    Path unnamed = write("dump", "[{\"text\": \"D\"}]");
    read(array, object, lines, unnamed);
    assertThat(findings.list()).isEmpty();
    assertThat(docs).extracting(RawDocument::origin).containsExactly(array + "#1", array + "#2", object + "#1", lines + ":1",
        lines + ":2", unnamed + "#1");
    assertThat(docs.get(0).title()).isEqualTo("A");
    assertThat(docs.get(0).source()).isEqualTo("Ex");
    assertThat(docs.get(1).kind()).isEqualTo(RawDocument.Kind.HTML);
    assertThat(docs.get(1).metadata()).containsEntry("lang", "en");
    assertThat(docs.get(2).content()).isEqualTo("Body C");
  }

  @Test
  void read_brokenJsonDocument_keepsTheArticlesBeforeTheError_andNamesTheLine() throws IOException {
    Path broken = write("broken.json", "[\n{\"text\": \"first\"},\n{\"title\": \"no body\"},\n42,\n{\"text\": oops}\n]");
    Path manifest = write("manifest.json", "{\n  \"about\": \"not an article\",\n  \"outlets\": []\n}");
    Path empty = write("empty.json", "");
    Path junk = write("junk.json", "<html>not json</html>");
    read(broken, manifest, empty, junk);
    assertThat(docs).extracting(RawDocument::content).containsExactly("first");
    assertThat(messages()).hasSize(6);
    assertThat(messages().get(0)).isEqualTo(broken + "#2: no \"text\" or \"html\" field (fields: title) [ingest/no-text]");
    assertThat(messages().get(1)).isEqualTo(broken + "#3: expected an article object, found number [ingest/malformed-json]");
    assertThat(messages().get(2)).startsWith(broken + ": malformed JSON at line 5, column ").contains("Unrecognized token 'oops'")
        .endsWith(" (items 1–3 before it were read) [ingest/malformed-json]");
    assertThat(messages().get(3)).isEqualTo(manifest + "#1: no \"text\" or \"html\" field (fields: about, outlets) [ingest/no-text]");
    assertThat(messages().get(4)).isEqualTo(empty + ": no articles: an empty JSON document [ingest/empty-file]");
    assertThat(messages().get(5)).startsWith(junk + ": malformed JSON at line 1, column ");
  }

  @Test
  void read_jsonLinesWithBadLines_reportsEachAndReadsTheRest() throws IOException {
    Path f = write("x.ndjson", "{\"text\":\"one\"}\n{\"text\": broken\n[1,2]\n{\"title\":\"no body\",\"id\":7}\n{\"text\":\"five\"}");
    read(f);
    assertThat(docs).extracting(RawDocument::content).containsExactly("one", "five");
    assertThat(messages()).hasSize(3);
    assertThat(messages().get(0)).startsWith(f + ":2: malformed JSON: Unrecognized token 'broken'");
    assertThat(messages().get(1)).isEqualTo(f + ":3: malformed JSON: expected an object, found array [ingest/malformed-json]");
    assertThat(messages().get(2)).isEqualTo(f + ":4: no \"text\" or \"html\" field (fields: title, id) [ingest/no-text]");
  }

  @Test
  void read_jsonLineOverLimit_isSkippedAndNextLineRead() throws IOException {
    Path f = write("x.jsonl", "{\"text\":\"" + "y".repeat(3000) + "\"}\n{\"text\":\"small\"}\n");
    Ingestor.defaults().withMaxDocumentBytes(1000).read(List.of(f), docs::add, findings);
    assertThat(docs).extracting(RawDocument::content).containsExactly("small");
    assertThat(messages()).containsExactly(f + ":1: line over the 1000 bytes limit, skipped [ingest/too-large]");
  }

  /* --------------- feeds --------------- */

  @Test
  void read_rss_givesOneHtmlDocumentPerItem() throws IOException {
    Path f = write("news.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel><title>Example News</title><link>https://news.example.org/</link><description>d</description>
            <item><title>First &amp; best</title><link>https://news.example.org/1</link>
              <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Short summary</description>
              <content:encoded><![CDATA[<p>Full body of the first story.</p>]]></content:encoded></item>
            <item><title>Second</title><link>https://news.example.org/2</link><description>&lt;b&gt;Only&lt;/b&gt; a summary</description></item>
            <item><title>Empty</title><link>https://news.example.org/3</link></item>
          </channel>
        </rss>
        """);
    read(f);
    assertThat(docs).hasSize(2);
    RawDocument first = docs.get(0);
    assertThat(first.origin()).isEqualTo(f + "#1");
    assertThat(first.title()).isEqualTo("First & best");
    assertThat(first.url()).isEqualTo("https://news.example.org/1");
    assertThat(first.published()).isEqualTo("2024-03-05T10:00:00Z");
    assertThat(first.source()).isEqualTo("Example News");
    assertThat(first.kind()).isEqualTo(RawDocument.Kind.HTML);
    assertThat(first.content()).contains("<title>First &amp; best</title>").contains("<p>Full body of the first story.</p>");
    assertThat(docs.get(1).content()).contains("<b>Only</b> a summary");
    assertThat(messages()).containsExactly(f + "#3: feed item has no content or description [ingest/no-text]");
  }

  @Test
  void read_atom_isRead() throws IOException {
    Path f = write("feed.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Site</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
          <entry><title>Entry one</title><link href="https://atom.example.org/1"/><id>urn:1</id>
            <updated>2024-01-02T03:04:05Z</updated><content type="html">&lt;p&gt;Atom body&lt;/p&gt;</content></entry>
        </feed>
        """);
    read(f);
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo("https://atom.example.org/1");
      assertThat(d.published()).isEqualTo("2024-01-02T03:04:05Z");
      assertThat(d.content()).contains("<p>Atom body</p>");
    });
  }

  @Test
  void read_brokenFeed_isFinding() throws IOException {
    Path f = write("broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</ite");
    read(f);
    assertThat(docs).isEmpty();
    assertThat(findings.list()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("broken-feed");
      assertThat(x.message()).startsWith("broken feed: ").doesNotContain("\n");
    });
  }

  /* --------------- archives --------------- */

  @Test
  void read_zipWithNestedZipAndGzip_namesEntries() throws IOException {
    byte[] inner = zipBytes(List.of(entry("deep/c.txt", "Deep\nbody".getBytes(StandardCharsets.UTF_8))));
    Path f = write("corpus.zip", zipBytes(List.of(
        entry("a/b.html", "<html><body>B</body></html>".getBytes(StandardCharsets.UTF_8)),
        entry("__MACOSX/a/._b.html", "junk".getBytes(StandardCharsets.UTF_8)),
        entry("d.html.gz", gzip("<p>D</p>")),
        entry("lines.jsonl", "{\"text\":\"L1\"}\n{bad\n".getBytes(StandardCharsets.UTF_8)),
        entry("inner.zip", inner))));
    read(f);
    assertThat(docs).extracting(RawDocument::origin).containsExactly(
        f + "!/a/b.html", f + "!/d.html.gz", f + "!/lines.jsonl:1", f + "!/inner.zip!/deep/c.txt");
    assertThat(docs.get(1).content()).isEqualTo("<p>D</p>");
    assertThat(messages()).singleElement().asString().startsWith(f + "!/lines.jsonl:2: malformed JSON");
  }

  @Test
  void read_tarGz_isStreamed() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (String name : List.of("x/one.txt", "x/two.html")) {
        byte[] data = ("Title " + name + "\nbody").getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    }
    Path f = write("c.tgz", bytes.toByteArray());
    read(f);
    assertThat(docs).extracting(RawDocument::origin).containsExactly(f + "!/x/one.txt", f + "!/x/two.html");
    assertThat(findings.count()).isZero();
  }

  @Test
  void read_corruptArchives_areFindings() throws IOException {
    byte[] junk = new byte[2000];
    new Random(3).nextBytes(junk);
    StringBuilder letters = new StringBuilder("B\n");
    Random random = new Random(4);
    for (int i = 0; i < 5000; i++) letters.append((char) ('a' + random.nextInt(26)));
    byte[] good = zipBytes(List.of(entry("a.txt", "A\nbody".getBytes(StandardCharsets.UTF_8)),
        entry("b.txt", letters.toString().getBytes(StandardCharsets.UTF_8))));
    // Cut inside b.txt's compressed data: a.txt is still read, b.txt is lost.
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 2000);
    Path notZip = write("junk.zip", junk);
    Path cut = write("cut.zip", truncated);
    Path badGz = write("bad.tar.gz", junk);
    read(notZip, cut, badGz);
    assertThat(messages()).contains(notZip + ": corrupt archive: not a zip file [ingest/corrupt-archive]");
    assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith(cut + ": corrupt archive after 2 entries"));
    assertThat(docs).extracting(RawDocument::origin).containsExactly(cut + "!/a.txt");
    assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith(badGz + ": corrupt gzip"));
  }

  /* --------------- helpers --------------- */

  private record Entry(String name, byte[] data) {}

  private static Entry entry(String name, byte[] data) {
    return new Entry(name, data);
  }

  private static byte[] zipBytes(List<Entry> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry e : entries) {
        zip.putNextEntry(new ZipEntry(e.name()));
        zip.write(e.data());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
