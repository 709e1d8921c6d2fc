package dev.narrascope.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop behind {@code serve --watch}: cycles in a background thread, stopped cleanly; one watcher per state file. */
final class WatchLoopTest {
  @TempDir Path dir;

  WatchConfig config(Path folder) {
    return new WatchConfig(List.of(folder), List.of(), Duration.ofHours(1), dir.resolve("state.json"), null, FetchSettings.defaults());
  }

  @Test
  void runsInTheBackgroundAndStopsCleanly() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(inbox.resolve("a.txt"), "Title\n\nSome text of an article.");
    CountDownLatch storedOnce = new CountDownLatch(1);
    AtomicInteger docs = new AtomicInteger();
    DocumentSink sink = (List<RawDocument> d, Findings f) -> {
      docs.addAndGet(d.size());
      storedOnce.countDown();
      return new DocumentSink.Stored(List.of("id"), 1);
    };
    StringWriter err = new StringWriter();
    Watcher watcher = new Watcher(config(inbox), sink, AlertSource.NONE, new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        Clock.systemUTC(), Sleeper.SYSTEM);
    WatchLoop loop = new WatchLoop(watcher, new PrintWriter(err, true)).start();

    assertThat(storedOnce.await(30, TimeUnit.SECONDS)).isTrue();
    long t0 = System.nanoTime();
    loop.close();   // the loop is waiting an hour for its next cycle: closing must not wait for that

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(docs.get()).isEqualTo(1);
    assertThat(err.toString()).contains("cycle 1:");
    // The state file is released: another watcher may take it.
    new Watcher(config(inbox), sink, AlertSource.NONE, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Clock.systemUTC(), Sleeper.SYSTEM).close();
  }

  @Test
  void twoWatchersCannotShareAStateFile() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    DocumentSink sink = (d, f) -> DocumentSink.Stored.NONE;
    try (Watcher first = new Watcher(config(inbox), sink, AlertSource.NONE, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Clock.systemUTC(), Sleeper.SYSTEM)) {
      assertThatThrownBy(() -> new Watcher(config(inbox), sink, AlertSource.NONE, new PrintWriter(new StringWriter()),
          new PrintWriter(new StringWriter()), Clock.systemUTC(), Sleeper.SYSTEM))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("another watcher");
    }
  }

  @Test
  void aFailingStoreKeepsTheCycleForNextTime() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(inbox.resolve("a.txt"), "Title\n\nSome text of an article.");
    AtomicInteger calls = new AtomicInteger();
    DocumentSink flaky = (d, f) -> {
      if (calls.incrementAndGet() == 1) throw new IllegalStateException("database is locked");
      return new DocumentSink.Stored(List.of("id"), 1);
    };
    StringWriter err = new StringWriter();
    try (Watcher w = new Watcher(config(inbox), flaky, AlertSource.NONE, new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        Clock.systemUTC(), Sleeper.SYSTEM)) {
      CycleReport first = w.runCycle();
      assertThat(first.ok()).isFalse();
      assertThat(err.toString()).contains("error: storing failed (database is locked)");
      CycleReport second = w.runCycle();
      assertThat(second.ok()).isTrue();
      assertThat(second.changedFiles()).isEqualTo(1);
      assertThat(w.runCycle().changedFiles()).isZero();
    }
  }

  @Test
  void anUnreadableStateFileIsAClearError() throws Exception {
    Files.writeString(dir.resolve("state.json"), "{not json");
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    assertThatThrownBy(() -> new Watcher(config(inbox), (d, f) -> DocumentSink.Stored.NONE, AlertSource.NONE,
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Clock.systemUTC(), Sleeper.SYSTEM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is unreadable").hasMessageContaining("move it away");
    // and the lock was released on the way out: once the file is repaired, a watcher opens it
    Files.writeString(dir.resolve("state.json"), "{}");
    new Watcher(config(inbox), (d, f) -> DocumentSink.Stored.NONE, AlertSource.NONE, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Clock.systemUTC(), Sleeper.SYSTEM).close();
  }

  @Test
  void backOffDoublesUpToSixHours() {
    Duration i = Duration.ofMinutes(5);
    assertThat(Backoff.after(i, 1)).isEqualTo(Duration.ofMinutes(10));
    assertThat(Backoff.after(i, 3)).isEqualTo(Duration.ofMinutes(40));
    assertThat(Backoff.after(i, 30)).isEqualTo(Duration.ofHours(6));
    assertThat(Backoff.after(Duration.ofHours(8), 2)).isEqualTo(Duration.ofHours(8));
  }
}
