package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

final class CoreShareTest {

  @Test
  void aWrite_holdsOneCore_andAnalysisKeepsTheOthers() {
    CoreShare share = new CoreShare(3);
    share.writing(() -> {
      assertThat(share.free()).isEqualTo(2);
      int[] seen = new int[1];
      Thread article = thread(() -> seen[0] = share.analysing(share::free));
      join(article);
      assertThat(seen[0]).isEqualTo(1);
    });
    assertThat(share.free()).isEqualTo(3);
  }

  @Test
  void workNestedInWorkWithACore_runsOnThatCore() {
    CoreShare share = new CoreShare(1);
    assertThat(share.analysing(() -> share.analysing(share::free))).isZero();
    CoreShare two = new CoreShare(2);
    two.writing(() -> assertThat(two.analysing(() -> {
      two.writing(() -> assertThat(two.free()).isEqualTo(1));
      return two.free();
    })).isEqualTo(1));
    assertThat(two.free()).isEqualTo(2);
  }

  @Test
  void onOneCore_aWriteTakesNoPermit_soAnalysisCanStillRun() {
    CoreShare share = new CoreShare(1);
    share.writing(() -> assertThat(share.analysing(share::free)).isZero());
    assertThat(share.free()).isEqualTo(1);
  }

  @Test
  void aFailingWrite_givesItsCoreBack() {
    CoreShare share = new CoreShare(2);
    try {
      share.writing(() -> {
        throw new IllegalStateException("disk full");
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("disk full");
    }
    assertThat(share.free()).isEqualTo(2);
  }

  /** The point of the class: a write waiting for a core gets the next one, before articles that came after it. */
  @Test
  void aWaitingWrite_getsTheNextCore_beforeLaterArticles() throws Exception {
    CoreShare share = new CoreShare(2);
    List<String> started = new CopyOnWriteArrayList<>();
    CountDownLatch releaseFirst = new CountDownLatch(1), releaseRest = new CountDownLatch(1);
    CountDownLatch bothRunning = new CountDownLatch(2);
    Thread first = thread(() -> share.analysing(() -> {
      bothRunning.countDown();
      await(releaseFirst);
      return null;
    }));
    Thread second = thread(() -> share.analysing(() -> {
      bothRunning.countDown();
      await(releaseRest);
      return null;
    }));
    await(bothRunning);
    Thread write = thread(() -> share.writing(() -> {
      started.add("write");
      await(releaseRest);
    }));
    awaitWaiting(share, 1);
    Thread later = thread(() -> share.analysing(() -> started.add("later article")));
    awaitWaiting(share, 2);

    releaseFirst.countDown();
    first.join();
    awaitStarted(started, 1);
    assertThat(started).containsExactly("write");
    assertThat(share.waiting()).isEqualTo(1);

    releaseRest.countDown();
    for (Thread t : List.of(second, write, later)) t.join();
    assertThat(started).containsExactly("write", "later article");
    assertThat(share.free()).isEqualTo(2);
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r);
    t.start();
    return t;
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitWaiting(CoreShare share, int n) {
    while (share.waiting() < n) Thread.onSpinWait();
  }

  private static void awaitStarted(List<String> started, int n) {
    while (started.size() < n) Thread.onSpinWait();
  }
}
