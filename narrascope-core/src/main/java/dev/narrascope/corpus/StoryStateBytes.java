package dev.narrascope.corpus;

import dev.narrascope.corpus.StoryEntry.Data;
import dev.narrascope.corpus.StoryEntry.Member;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's state as the store keeps it ({@link StoryEntry#toBytes}): the JSON's fields in its order, numbers
 * as their bits, strings as UTF-8 with their length, maps in their iteration order (so a state read back fills
 * its maps as the JSON did, and sums over a centroid add in the same order). Adding news to a big store reads
 * about a thousand stored states per 100 articles; decoding their JSON (decimal doubles, Base64 embeddings,
 * tokens) was most of reading them (8 µs a state instead of 23 µs once compiled), and the bytes are a third smaller.
 */
final class StoryStateBytes {
  /** The first byte: the layout's version (JSON states begin with '{'). */
  static final byte VERSION = 1;
  private static final int NONE = -1;
  private static final int UNDATED = Integer.MIN_VALUE;

  private StoryStateBytes() {}

  static byte[] write(Data d, float[] embedding) {
    Out out = new Out(64 + 24 * (d.sum().size() + d.anchorSum().size()) + 32 * d.members().size()
        + 4 * (embedding == null ? 0 : embedding.length));
    out.buf.put(VERSION);
    out.string(d.id());
    out.room(8).putLong(d.seq());
    out.weights(d.sum());
    out.room(8).putDouble(d.sumNorm2());
    out.weights(d.anchorSum());
    out.room(8).putDouble(d.anchorNorm2());
    out.room(4).putInt(d.members().size());
    for (Member m : d.members()) {
      out.string(m.id());
      out.date(m.published());
    }
    out.counts(d.languages());
    out.counts(d.outlets());
    out.string(d.mainLanguage());
    out.date(d.first());
    out.date(d.last());
    out.string(d.headline());
    out.room(8).putDouble(d.headlineScore());
    out.room(4).putInt(embedding == null ? NONE : embedding.length);
    if (embedding != null) {
      ByteBuffer floats = out.room(4 * embedding.length);
      for (float f : embedding) floats.putFloat(f);
    }
    return Arrays.copyOf(out.buf.array(), out.buf.position());
  }

  /** A growing buffer: a state's size is known only roughly before it is written. */
  private static final class Out {
    ByteBuffer buf;

    Out(int capacity) {
      buf = ByteBuffer.allocate(capacity);
    }

    ByteBuffer room(int bytes) {
      if (buf.remaining() < bytes) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(2 * buf.capacity(), buf.position() + bytes));
        bigger.put(buf.array(), 0, buf.position());
        buf = bigger;
      }
      return buf;
    }

    void string(String s) {
      if (s == null) {
        room(4).putInt(NONE);
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      room(4 + utf8.length).putInt(utf8.length).put(utf8);
    }

    void weights(Map<String, Double> m) {
      room(4).putInt(m.size());
      for (var e : m.entrySet()) {
        string(e.getKey());
        room(8).putDouble(e.getValue());
      }
    }

    void counts(Map<String, Integer> m) {
      room(4).putInt(m.size());
      for (var e : m.entrySet()) {
        string(e.getKey());
        room(4).putInt(e.getValue());
      }
    }

    void date(LocalDate d) {
      room(4).putInt(d == null ? UNDATED : Math.toIntExact(d.toEpochDay()));
    }
  }

  /** @throws IllegalArgumentException for bytes that are not a state of this layout */
  static StoryEntry read(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      if (in.get() != VERSION) throw new IllegalArgumentException("unknown layout " + bytes[0]);
      String id = string(in);
      long seq = in.getLong();
      Map<String, Double> sum = weights(in);
      double sumNorm2 = in.getDouble();
      Map<String, Double> anchorSum = weights(in);
      double anchorNorm2 = in.getDouble();
      int n = count(in);
      List<Member> members = new ArrayList<>(n);
      for (int k = 0; k < n; k++) members.add(new Member(string(in), date(in)));
      Map<String, Integer> languages = counts(in);
      Map<String, Integer> outlets = counts(in);
      String mainLanguage = string(in);
      LocalDate first = date(in);
      LocalDate last = date(in);
      String headline = string(in);
      double headlineScore = in.getDouble();
      int dims = in.getInt();
      float[] embedding = null;
      if (dims != NONE) {
        embedding = new float[count(dims, in)];
        for (int k = 0; k < embedding.length; k++) embedding[k] = in.getFloat();
      }
      if (in.hasRemaining()) throw new IllegalArgumentException(in.remaining() + " bytes after the state");
      return StoryEntry.restored(new Data(id, seq, sum, sumNorm2, anchorSum, anchorNorm2, members, languages, outlets,
          mainLanguage, first, last, headline, headlineScore, null), embedding);
    } catch (BufferUnderflowException | DateTimeException e) {
      throw new IllegalArgumentException("Not a stored story state: " + e, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a stored story state: " + e.getMessage(), e);
    }
  }

  private static String string(ByteBuffer in) {
    int n = in.getInt();
    if (n == NONE) return null;
    String s = new String(in.array(), in.position(), count(n, in), StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** Filled by {@code put} in the written order into a map grown as the JSON reader's is. */
  private static Map<String, Double> weights(ByteBuffer in) {
    int n = count(in);
    Map<String, Double> m = new HashMap<>();
    for (int k = 0; k < n; k++) m.put(string(in), in.getDouble());
    return m;
  }

  private static Map<String, Integer> counts(ByteBuffer in) {
    int n = count(in);
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < n; k++) m.put(string(in), in.getInt());
    return m;
  }

  private static LocalDate date(ByteBuffer in) {
    int day = in.getInt();
    return day == UNDATED ? null : LocalDate.ofEpochDay(day);
  }

  private static int count(ByteBuffer in) {
    return count(in.getInt(), in);
  }

  /** A length read from the bytes, checked against what is left of them (each item takes at least one byte). */
  private static int count(int n, ByteBuffer in) {
    if (n < 0 || n > in.remaining()) throw new IllegalArgumentException("bad length " + n);
    return n;
  }
}
