package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code narrascope analyze} over a corpus of good and bad inputs: the batch finishes, each bad input
 * is named once with its reason, and every good article (including legacy-encoded ones) is stored.
 */
final class AnalyzeBadInputTest {
  static final String RUSSIAN_BODY = "Министр обороны заявил журналистам, что переговоры о поставках оружия продолжатся "
      + "на следующей неделе. По его словам, союзники готовы обсудить новые условия, однако окончательное решение пока "
      + "не принято.";
  static final String PORTUGUESE_BODY = "O ministro afirmou que as negociações sobre a reforma da previdência continuarão "
      + "na próxima semana. Segundo ele, a coalizão está disposta a discutir as condições, mas a decisão ainda não foi "
      + "tomada.";

  @TempDir Path dir;
  Path corpus;
  Path db;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    db = dir.resolve("test.db");
    // Good inputs: 10 articles.
    write("good-en.txt", "Farmers protest new import rules\n\nThousands of farmers drove their tractors into the "
        + "capital on Monday to protest against new import rules, which they say will ruin small family farms.");
    write("good-page.html", "<html><head><title>Storm closes schools</title></head><body><article><h1>Storm closes "
        + "schools</h1><p>A heavy storm closed schools across the northern region on Tuesday, and officials told "
        + "parents to keep their children at home until the roads are cleared.</p></article></body></html>");
    write("ru-1251.txt", ("Переговоры продолжатся\n\n" + RUSSIAN_BODY).getBytes(Charset.forName("windows-1251")));
    write("pt-latin1.txt", ("Negociações continuam\n\n" + PORTUGUESE_BODY).getBytes(StandardCharsets.ISO_8859_1));
    write("news.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org/</link><description>x</description>
          <item><title>Bridge reopens after repairs</title><link>https://wire.example.org/1</link>
            <description>&lt;p&gt;The old river bridge reopened to traffic on Friday after eight months of repairs that cost far more than planned.&lt;/p&gt;</description></item>
          <item><title>Neue Regeln für Mieter</title><link>https://wire.example.org/2</link>
            <description>&lt;p&gt;Die Stadt hat neue Regeln für Mieter beschlossen, die ab dem nächsten Jahr gelten und die Mieten begrenzen sollen.&lt;/p&gt;</description></item>
        </channel></rss>
        """);
    write("mixed.jsonl", """
        {"url":"https://es.example.org/a","title":"El tren llega tarde","text":"El nuevo tren de alta velocidad llegó con dos horas de retraso.\\nEn su primer viaje, según informaron los pasajeros, nadie explicó el motivo.","source":"Ejemplo"}
        {"title":"broken", "text": 
        {"title":"Sans texte","summary":"rien"}
        {"url":"https://fr.example.org/b","title":"La grève continue","html":"<p>La grève des transports continue pour le troisième jour consécutif et les syndicats demandent une nouvelle réunion avec le gouvernement.</p>"}
        """);
    write("good.zip", zip("bg/article.txt", "Нов път край морето\n\nОбщината откри новия път край морето, който ще "
        + "свърже трите села и ще облекчи движението през летния сезон."));
    write("news.jsonl.gz", gzip("""
        {"url":"https://it.example.org/c","title":"Il porto riapre","text":"Il porto della città ha riaperto martedì dopo tre giorni di sciopero dei lavoratori, che hanno ottenuto un nuovo contratto."}
        """));
    // Bad inputs: 7 findings.
    write("empty.txt", "");
    byte[] junk = new byte[20_000];
    new Random(11).nextBytes(junk);
    write("junk.bin", junk);
    write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><title>x</it");
    write("corrupt.zip", junk);
    writeHugePage(corpus.resolve("huge.html"), 50L << 20);
  }

  @Test
  void analyze_badInputs_reportsEachAndStoresEveryGoodArticle() {
    CliRun run = CliRun.run("analyze", "--quiet", "--db", "sqlite:" + db, corpus.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    assertThat(warnings).containsExactlyInAnyOrder(
        "warning: " + corpus.resolve("broken.rss") + ": " + warningAbout(warnings, "broken.rss"),
        "warning: " + corpus.resolve("corrupt.zip") + ": corrupt archive: not a zip file [ingest/corrupt-archive]",
        "warning: " + corpus.resolve("empty.txt") + ": empty file [ingest/empty-file]",
        "warning: " + corpus.resolve("huge.html") + ": too large (50 MB): over the 20 MB limit for one document, skipped [ingest/too-large]",
        "warning: " + corpus.resolve("junk.bin") + ": binary file, not text [ingest/binary]",
        "warning: " + corpus.resolve("mixed.jsonl") + ":2: " + warningAbout(warnings, "mixed.jsonl:2"),
        "warning: " + corpus.resolve("mixed.jsonl") + ":3: no \"text\" or \"html\" field (fields: title, summary) [ingest/no-text]");
    assertThat(warningAbout(warnings, "broken.rss")).startsWith("broken feed: ").endsWith("[ingest/broken-feed]");
    assertThat(warningAbout(warnings, "mixed.jsonl:2")).startsWith("malformed JSON: ").endsWith("[ingest/malformed-json]");
    assertThat(run.err()).contains("10 articles: 10 new, 0 already stored, in sqlite:" + db + "; 7 inputs failed");

    try (ArticleStore store = Stores.open("sqlite:" + db)) {
      assertThat(store.count(ArticleQuery.all())).isEqualTo(10);
      List<Article> russian = store.find(ArticleQuery.all().withLanguage("ru"));
      assertThat(russian).singleElement().satisfies(a -> {
        assertThat(a.title()).isEqualTo("Переговоры продолжатся");
        assertThat(a.text()).contains(RUSSIAN_BODY);
      });
      List<Article> portuguese = store.find(ArticleQuery.all().withLanguage("pt"));
      assertThat(portuguese).singleElement().satisfies(a -> {
        assertThat(a.title()).isEqualTo("Negociações continuam");
        assertThat(a.text()).contains(PORTUGUESE_BODY);
      });
      assertThat(store.count(ArticleQuery.all().withLanguage("bg"))).isEqualTo(1);
      assertThat(store.count(ArticleQuery.all().withLanguage("de"))).isEqualTo(1);
      assertThat(store.count(ArticleQuery.all().withLanguage("it"))).as("the gzipped JSON Lines").isEqualTo(1);
    }
  }

  /** The part after {@code "<input>: "} of the one warning naming {@code input}. */
  private String warningAbout(List<String> warnings, String input) {
    String prefix = "warning: " + corpus.resolve(input.contains(":") ? input.substring(0, input.indexOf(':')) : input)
        + (input.contains(":") ? input.substring(input.indexOf(':')) : "") + ": ";
    return warnings.stream().filter(w -> w.startsWith(prefix)).map(w -> w.substring(prefix.length()))
        .findFirst().orElse("<no warning for " + input + ">");
  }

  private void write(String name, String content) throws IOException {
    write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String name, byte[] content) throws IOException {
    Files.write(corpus.resolve(name), content);
  }

  private static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A valid page padded with paragraphs to {@code size} bytes, written in chunks (never whole in memory). */
  private static void writeHugePage(Path file, long size) throws IOException {
    byte[] para = "<p>Filler paragraph of a page far bigger than any real article.</p>\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream os = Files.newOutputStream(file)) {
      os.write("<html><head><title>Huge</title></head><body>\n".getBytes(StandardCharsets.UTF_8));
      long written = 0;
      while (written < size) {
        os.write(para);
        written += para.length;
      }
      os.write("</body></html>\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
