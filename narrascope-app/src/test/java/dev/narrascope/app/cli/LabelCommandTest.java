package dev.narrascope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Article;
import dev.narrascope.Json;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code label}, {@code label --history}, {@code article} and {@code corrections export} on a store the
 * real pipeline wrote; the corrections survive {@code recluster} and a repeated {@code analyze}.
 */
final class LabelCommandTest {
  static final String BLAME = "URW: Blaming the war on others rather than the invader";
  static final String BLAME_SUB = BLAME + ": Ukraine is the aggressor";
  static final String DAM = "The Kakhovka dam on the Dnipro was destroyed on Tuesday, flooding Kherson villages; thousands of residents"
      + " were evacuated by boat. Defence minister Sergei Shoigu blamed Ukraine. \"Kyiv did this\", Sergei Shoigu said.";

  @TempDir Path dir;
  String db;
  Path corpus;

  @BeforeEach
  void analyse() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Kakhovka dam destroyed\n\n" + DAM);
    Files.writeString(corpus.resolve("b.txt"), "Kherson floods after Kakhovka dam breach\n\n" + DAM + " Boats kept arriving.");
    Files.writeString(corpus.resolve("c.txt"), "Russia quits grain deal\n\nRussia left the Black Sea Grain Initiative brokered by Turkey,"
        + " the Kremlin said on Monday.");
    db = "sqlite:" + dir.resolve("store.db");
    assertThat(CliRun.run("analyze", "-q", "--format", "none", "--db", db, corpus.toString()).exit()).isZero();
  }

  private Article byFile(String name) {
    try (ArticleStore st = Stores.open(db)) {
      return st.find(ArticleQuery.all()).stream().filter(a -> a.origin().endsWith(name)).findFirst().orElseThrow();
    }
  }

  @Test
  void label_correctsAndShowsHistory_survivesReclusterAndReanalysis_andExports() throws Exception {
    Article a = byFile("a.txt");
    Article c = byFile("c.txt");
    String actor = a.analysis().actors().stream().map(f -> f.actor()).filter(n -> n.contains("Shoigu")).findFirst().orElseThrow();

    CliRun labelled = CliRun.run("label", a.id(), "--db", db, "--author", "ana", "--narratives", BLAME, "--sub-narratives", BLAME_SUB,
        "--role", actor + "=Antagonist:Deceiver", "--speaker", "0=Jens Stoltenberg");
    assertThat(labelled.exit()).as(labelled.err()).isZero();
    assertThat(labelled.out()).contains("3 corrections of article " + a.id());
    String grainStory = c.analysis().storyId();
    CliRun moved = CliRun.run("label", a.id(), "--db", db, "--author", "bo", "--story", grainStory);
    assertThat(moved.exit()).as(moved.err()).isZero();

    CliRun history = CliRun.run("label", a.id(), "--history", "--db", db, "--format", "json");
    JsonNode rows = Json.MAPPER.readTree(history.out()).get("corrections");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("kind").asText()).isEqualTo("narratives");
    assertThat(rows.get(3).get("author").asText()).isEqualTo("bo");
    assertThat(CliRun.run("label", a.id(), "--history", "--db", db).out()).contains("ana", "bo", "narratives", "role", "speaker", "story");

    // Re-clustering and analysing the same input again keep every correction.
    assertThat(CliRun.run("recluster", "-q", "--db", db).exit()).isZero();
    assertThat(CliRun.run("analyze", "-q", "--format", "none", "--db", db, corpus.toString()).exit()).isZero();
    CliRun shown = CliRun.run("article", a.id(), "--db", db);
    assertThat(shown.out()).contains(BLAME + " (1.000)", BLAME_SUB, actor + ": Antagonist (Deceiver) (corrected)",
        "Jens Stoltenberg: ", "story " + grainStory + " (corrected)", "corrections: 4");
    JsonNode json = Json.MAPPER.readTree(CliRun.run("article", a.id(), "--db", db, "--format", "json").out());
    assertThat(json.get("corrections").asInt()).isEqualTo(4);
    assertThat(json.at("/analysis/narratives/0/corrected").asBoolean()).isTrue();
    try (ArticleStore st = Stores.open(db)) {
      assertThat(st.story(grainStory).orElseThrow().articleIds()).contains(a.id(), c.id());
      assertThat(st.labelCounts("narrative", ArticleQuery.all().withStory(grainStory), 10))
          .extracting(l -> l.label()).contains(BLAME);
    }

    Path export = dir.resolve("export");
    CliRun exported = CliRun.run("corrections", "export", "--db", db, "--out", export.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(exported.out()).contains("1 corrected article", "1 narrative line", "1 role line");
    List<String> narratives = Files.readAllLines(export.resolve("labels/EN/subtask-2-annotations.txt"));
    assertThat(narratives).containsExactly(a.id() + ".txt\t" + BLAME + "\t" + BLAME_SUB);
    String raw = Files.readString(export.resolve("raw-documents/EN/" + a.id() + ".txt"));
    assertThat(raw).startsWith("Kakhovka dam destroyed\n\n");
    String[] role = Files.readAllLines(export.resolve("labels/EN/subtask-1-annotations.txt")).get(0).split("\t");
    assertThat(role[0]).isEqualTo(a.id() + ".txt");
    assertThat(role[4]).isEqualTo("Antagonist");
    assertThat(role[5]).isEqualTo("Deceiver");
    // start and end (inclusive) point at the entity text in the raw document
    assertThat(raw.substring(Integer.parseInt(role[2]), Integer.parseInt(role[3]) + 1)).isEqualTo(role[1]);
  }

  @Test
  void train_withCorrections_addsTheCorrectedNarrativesAndRoles() throws Exception {
    Article a = byFile("a.txt");
    String actor = a.analysis().actors().stream().map(f -> f.actor()).filter(n -> n.contains("Shoigu")).findFirst().orElseThrow();
    assertThat(CliRun.run("label", a.id(), "--db", db, "--author", "ana", "--narratives", BLAME, "--sub-narratives", BLAME_SUB,
        "--role", actor + "=Antagonist:Deceiver").exit()).isZero();
    // A small data set in the task layout: narratives and roles annotated.
    Path data = dir.resolve("data");
    Path docs = Files.createDirectories(data.resolve("raw-documents/EN"));
    Path labels = Files.createDirectories(data.resolve("labels/EN"));
    List<String> narratives = new java.util.ArrayList<>();
    List<String> roles = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String title = "War news " + i + "\n\n";
      Files.writeString(docs.resolve("p" + i + ".txt"), title + "NATO provoked the war deliberately, officials in Moscow said on day " + i + ".");
      narratives.add("p" + i + ".txt\t" + BLAME + "\t" + BLAME_SUB);
      roles.add("p" + i + ".txt\tNATO\t" + title.length() + "\t" + (title.length() + 3) + "\tAntagonist\tInstigator");
      Files.writeString(docs.resolve("n" + i + ".txt"), "Festival " + i + "\n\nThe festival opened downtown on day " + i
          + " with music, and Mayor Anna Berg thanked the volunteers.");
      narratives.add("n" + i + ".txt\tOther\tOther");
      roles.add("n" + i + ".txt\tAnna Berg\t" + ("Festival " + i + "\n\nThe festival opened downtown on day " + i + " with music, and Mayor ").length()
          + "\t" + ("Festival " + i + "\n\nThe festival opened downtown on day " + i + " with music, and Mayor Anna Ber").length()
          + "\tProtagonist\tGuardian");
    }
    Files.write(labels.resolve("subtask-2-annotations.txt"), narratives);
    Files.write(labels.resolve("subtask-1-annotations.txt"), roles);

    CliRun trained = CliRun.run("train", "-q", "--data", data.toString(), "--corrections", db, "--out", dir.resolve("models").toString());
    assertThat(trained.exit()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("narratives: 1 corrected article from sqlite:", "(each counted 5 times)",
        "framing: 1 corrected role mention from sqlite:");
    assertThat(dir.resolve("models/narratives.bin.gz")).isNotEmptyFile();
    assertThat(dir.resolve("models/framing-model.bin.gz")).isNotEmptyFile();
  }

  @Test
  void label_badInput_saysWhat_andStoresNothing() {
    Article a = byFile("a.txt");
    CliRun unknown = CliRun.run("label", a.id(), "--db", db, "--author", "ana", "--narratives", "URW: Aliens did it");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown narrative 'URW: Aliens did it'");
    assertThat(CliRun.run("label", a.id(), "--db", db, "--author", "ana", "--role", "Napoleon=Antagonist").err()).contains("unknown actor 'Napoleon'");
    assertThat(CliRun.run("label", a.id(), "--db", db, "--author", "ana", "--speaker", "9=X").err()).contains("quote index 9 out of range");
    assertThat(CliRun.run("label", a.id(), "--db", db, "--author", "ana", "--story", "s-nope").err()).contains("unknown story 's-nope'");
    assertThat(CliRun.run("label", a.id(), "--db", db, "--narratives", BLAME).err()).contains("--author is required");
    assertThat(CliRun.run("label", a.id(), "--db", db, "--author", "ana").err()).contains("nothing to correct");
    assertThat(CliRun.run("label", "no-such-id", "--db", db, "--author", "ana", "--story", "x").exit()).isEqualTo(1);
    assertThat(CliRun.run("train", "--corrections", db, "--out", dir.resolve("m").toString()).err()).contains("--data");
    try (ArticleStore st = Stores.open(db)) {
      assertThat(st.allCorrections()).isEmpty();
    }
  }
}
