package dev.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LineSplitterTest {
  private static List<String> lines(InputStream in, int max) throws IOException {
    LineSplitter s = new LineSplitter(in, max);
    List<String> out = new ArrayList<>();
    while (s.next()) out.add(s.tooLong() ? "<too long>" : new String(s.bytes(), 0, s.length(), StandardCharsets.UTF_8));
    return out;
  }

  @Test
  void next_splitsOnLfAndCrLf_keepsLastLineWithoutNewline() throws IOException {
    var in = new ByteArrayInputStream("a\r\nbb\n\nccc".getBytes(StandardCharsets.UTF_8));
    assertThat(lines(in, 100)).containsExactly("a", "bb", "", "ccc");
  }

  @Test
  void next_lineOverLimit_isFlaggedAndFollowingLinesSurvive() throws IOException {
    var in = new ByteArrayInputStream(("x".repeat(200_000) + "\nok\n").getBytes(StandardCharsets.UTF_8));
    assertThat(lines(in, 1000)).containsExactly("<too long>", "ok");
  }

  @Test
  void next_linesSpanningReadChunks_areWhole() throws IOException {
    // A stream that hands out 7 bytes at a time, so lines straddle reads.
    byte[] data = "first line\nsecond line\nthird".getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    assertThat(lines(trickle, 100)).containsExactly("first line", "second line", "third");
  }
}
