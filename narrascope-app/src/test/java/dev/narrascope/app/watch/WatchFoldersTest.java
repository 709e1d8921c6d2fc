package dev.narrascope.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.store.ArticleQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders: new files are stored, unchanged ones are not read again, changed ones are. */
final class WatchFoldersTest {
  @TempDir Path dir;
  WatchFixture fx;
  Path inbox;

  @BeforeEach
  void setUp() throws Exception {
    fx = new WatchFixture(dir);
    inbox = Files.createDirectories(dir.resolve("inbox"));
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  Path write(String name, String text, String mtime) throws Exception {
    Path f = inbox.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse(mtime)));
    return f;
  }

  @Test
  void newFilesAreStoredUnchangedOnesNotReadAgainChangedOnesAre() throws Exception {
    write("farmers.txt", "Farmers protest new import rules\n\nThousands of farmers drove their tractors into the capital on "
        + "Monday to protest against new import rules.", "2024-03-01T10:00:00Z");
    write("sub/storm.html", "<html><head><title>Storm closes schools</title></head><body><article><p>A heavy storm closed "
        + "schools across the northern region on Tuesday.</p></article></body></html>", "2024-03-01T10:00:00Z");
    write(".hidden.txt", "Hidden\n\nNever read: hidden files are skipped as analyze skips them.", "2024-03-01T10:00:00Z");
    Watcher w = fx.watcher(fx.config(List.of(inbox), List.of(), null));

    CycleReport first = fx.cycle(w);
    assertThat(first.changedFiles()).isEqualTo(2);
    assertThat(first.stored()).isEqualTo(2);
    assertThat(fx.err.toString()).contains("cycle 1: 1 folder, 2 new or changed files, 2 stored (2 new), 0 findings");

    CycleReport second = fx.cycle(w);
    assertThat(second.changedFiles()).isZero();
    assertThat(second.stored()).isZero();

    write("farmers.txt", "Farmers end their protest\n\nThe farmers drove their tractors home on Wednesday after the "
        + "ministry agreed to delay the import rules.", "2024-03-02T10:00:00Z");
    write("sub/new.txt", "Bridge reopens\n\nThe old river bridge reopened to traffic on Friday after eight months of repairs.",
        "2024-03-02T10:00:00Z");
    CycleReport third = fx.cycle(w);
    assertThat(third.changedFiles()).isEqualTo(2);
    assertThat(third.added()).isEqualTo(2);
    assertThat(fx.store.find(ArticleQuery.all())).extracting(Article::title)
        .containsExactlyInAnyOrder("Farmers protest new import rules", "Storm closes schools", "Farmers end their protest",
            "Bridge reopens");
  }

  @Test
  void aChangeIsSeenBySizeOrTimeAndARestartRemembersTheFiles() throws Exception {
    Path f = write("a.txt", "Harbour reopens\n\nThe harbour reopened on Saturday after a week of repairs.", "2024-03-01T10:00:00Z");
    try (Watcher first = fx.watcher(fx.config(List.of(inbox), List.of(), null))) {
      fx.cycle(first);
    }
    Watcher second = fx.watcher(fx.config(List.of(inbox), List.of(), null));
    assertThat(fx.cycle(second).changedFiles()).isZero();

    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-03-05T10:00:00Z")));   // touched: read again
    CycleReport touched = fx.cycle(second);
    assertThat(touched.changedFiles()).isEqualTo(1);
    assertThat(touched.stored()).isEqualTo(1);
    assertThat(touched.added()).isZero();   // same text: the same article
    assertThat(fx.articles()).isEqualTo(1);
  }

  @Test
  void badFilesGiveOneFindingAndAreNotRetriedUntilChanged() throws Exception {
    write("empty.txt", "", "2024-03-01T10:00:00Z");
    Watcher w = fx.watcher(fx.config(List.of(inbox), List.of(), null));

    assertThat(fx.cycle(w).findings()).isEqualTo(1);
    assertThat(fx.cycle(w).findings()).isZero();
    assertThat(fx.store.findings(10)).singleElement().satisfies(x -> assertThat(x.input()).endsWith("empty.txt"));
  }
}
