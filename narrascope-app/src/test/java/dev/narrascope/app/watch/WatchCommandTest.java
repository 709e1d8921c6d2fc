package dev.narrascope.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.app.cli.CliRun;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code narrascope watch} and {@code serve --watch} on the command line: one real cycle, help, and option errors. */
final class WatchCommandTest {
  @TempDir Path dir;

  @Test
  void onceRunsOneCycleOverFoldersAndFeedsWithTheRealPipeline() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(inbox.resolve("farmers.txt"), "Farmers protest new import rules\n\nThousands of farmers drove their "
        + "tractors into the capital on Monday to protest against new import rules, which they say will ruin small farms.");
    Path db = dir.resolve("data/news.db");
    try (FakeWeb web = new FakeWeb()) {
      web.html("/a", "Storm closes schools", "A heavy storm closed schools across the northern region on Tuesday, and "
          + "officials told parents to keep their children at home until the roads are cleared.");
      web.feed("/feed.xml", FakeWeb.rss("Example Wire", FakeWeb.item("g1", web.url("/a"), "Storm closes schools", "Storm.",
          "Tue, 05 Mar 2024 08:00:00 GMT")), "\"e1\"", null);
      Path feeds = dir.resolve("feeds.txt");
      Files.writeString(feeds, "# my feeds\n\n" + web.url("/feed.xml") + "\n");
      List<String> args = new ArrayList<>(List.of("watch", "--once", inbox.toString(), "--feeds", feeds.toString(),
          "--db", "sqlite:" + db, "--host-delay", "0s"));

      CliRun first = CliRun.run(args);
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.err()).contains("narrascope watch: 1 folder and 1 feed every 5m")
          .contains("cycle 1: 1 feed, 1 new item (1 page fetched), 1 folder, 1 new or changed file, 2 stored (2 new), 0 findings");
      assertThat(dir.resolve("data/watch-state.json")).exists();   // beside the SQLite store by default

      CliRun second = CliRun.run(args);
      assertThat(second.exit()).isZero();
      assertThat(second.err()).contains("cycle 1: 1 feed (1 not modified), 0 new items, 1 folder, 0 new or changed files, 0 stored, 0 findings");
      assertThat(web.hits("/a")).isEqualTo(1);
    }
    try (ArticleStore st = Stores.open("sqlite:" + db)) {
      assertThat(st.count(ArticleQuery.all())).isEqualTo(2);
    }
  }

  @Test
  void badOptionsAreRefusedBeforeAnyWork() throws Exception {
    Path db = dir.resolve("never.db");
    String dbArg = "sqlite:" + db;
    Path feeds = dir.resolve("feeds.txt");
    Files.writeString(feeds, "https://ok.example.org/rss\n# comment\nnot a url\n");
    assertThat(CliRun.run("watch", "--once", "--db", dbArg)).satisfies(r -> {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("nothing to watch");
    });
    assertThat(CliRun.run("watch", "--feed", "ftp://example.org/rss", "--db", dbArg).err()).contains("not an http(s) URL (--feed): ftp://example.org/rss");
    assertThat(CliRun.run("watch", "--feeds", feeds.toString(), "--db", dbArg).err()).contains(feeds + ":3").contains("not a url");
    assertThat(CliRun.run("watch", "--feeds", dir.resolve("missing.txt").toString(), "--db", dbArg).err()).contains("cannot read the feeds file");
    assertThat(CliRun.run("watch", dir.resolve("nowhere").toString(), "--db", dbArg).err()).contains("no such folder");
    assertThat(CliRun.run("watch", dir.toString(), "--interval", "5x", "--db", dbArg)).satisfies(r -> {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("not a duration");
    });
    assertThat(CliRun.run("watch", dir.toString(), "--interval", "0s", "--db", dbArg).err()).contains("interval must be at least 1s");
    assertThat(CliRun.run("watch", dir.toString(), "--webhook", "hook", "--db", dbArg).err()).contains("not an http(s) URL (--webhook)");
    assertThat(CliRun.run("watch", dir.toString(), "--max-page-mb", "0", "--db", dbArg).err()).contains("--max-page-mb");
    assertThat(CliRun.run("watch", dir.toString(), "--state", dir.toString(), "--db", dbArg).err()).contains("state file is a folder");
    assertThat(CliRun.run("serve", "--watch-feed", "nope", "--db", dbArg, "--port", "0")).satisfies(r -> {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("not an http(s) URL (--feed): nope");
    });
    assertThat(CliRun.run("serve", "--watch-webhook", "http://x.example.org/", "--db", dbArg, "--port", "0").err())
        .contains("need something to watch");
    assertThat(db).doesNotExist();
  }

  @Test
  void helpDescribesTheOptions() {
    CliRun watch = CliRun.run("watch", "--help");
    assertThat(watch.exit()).isZero();
    assertThat(watch.out()).contains("--feed=URL", "--feeds=FILE", "--interval=DURATION", "--once", "--webhook=URL", "--state=FILE",
        "--host-delay", "robots.txt", "Ctrl-C");
    assertThat(CliRun.run("serve", "--help").out()).contains("--watch=FOLDER", "--watch-feed=URL", "--watch-interval", "--watch-webhook");
    assertThat(CliRun.run("--help").out()).contains("watch");
  }
}
