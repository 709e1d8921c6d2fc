package dev.narrascope.store;

import java.util.Arrays;

/**
 * The newest postings of one term gathered run by run ({@link PostingRuns#newest}): at most {@code limit},
 * newest first, each story once (the first run to answer for it wins: a story's postings are alike in
 * every run). Each run answers newest first, so a run's rows are merged with those kept in one pass.
 */
final class NewestPostings {
  private final int limit;
  private long[] seqs;
  private String[] ids;
  private int[] days;
  private int size;
  private long[] runSeqs;
  private String[] runIds;
  private int[] runDays;
  private int runSize;

  NewestPostings(int limit) {
    this.limit = limit;
    seqs = new long[limit];
    ids = new String[limit];
    days = new int[limit];
    runSeqs = new long[limit];
    runIds = new String[limit];
    runDays = new int[limit];
  }

  /** The lowest number a run may still contribute above: the {@code limit}-th newest kept, or none while fewer are kept. */
  long floor() {
    return size < limit ? Long.MIN_VALUE : seqs[size - 1];
  }

  /** The current run's next row (numbers falling, at most {@code limit} per run). */
  void read(long seq, String id, int day) {
    runSeqs[runSize] = seq;
    runIds[runSize] = id;
    runDays[runSize++] = day;
  }

  /** Merges the current run's rows into those kept. */
  void endRun() {
    if (runSize == 0) return;
    if (size == 0) {
      swapRun();
      return;
    }
    long[] outSeqs = new long[limit];
    String[] outIds = new String[limit];
    int[] outDays = new int[limit];
    int n = 0;
    int i = 0;
    int j = 0;
    while (n < limit && (i < size || j < runSize)) {
      boolean kept = j == runSize || (i < size && seqs[i] >= runSeqs[j]);
      if (kept) {
        if (j < runSize && seqs[i] == runSeqs[j]) j++;
        outSeqs[n] = seqs[i];
        outIds[n] = ids[i];
        outDays[n++] = days[i++];
      } else {
        outSeqs[n] = runSeqs[j];
        outIds[n] = runIds[j];
        outDays[n++] = runDays[j++];
      }
    }
    seqs = outSeqs;
    ids = outIds;
    days = outDays;
    size = n;
    runSize = 0;
  }

  /** The run's rows become those kept (none were), the kept arrays the next run's buffer. */
  private void swapRun() {
    long[] s = seqs;
    String[] i = ids;
    int[] d = days;
    seqs = runSeqs;
    ids = runIds;
    days = runDays;
    size = runSize;
    runSeqs = s;
    runIds = i;
    runDays = d;
    runSize = 0;
  }

  /** What was kept, as a cache entry read with {@code limit} (complete when fewer were found). */
  PostingsCache.Entry entry() {
    return new PostingsCache.Entry(Arrays.copyOf(seqs, size), Arrays.copyOf(ids, size), Arrays.copyOf(days, size), limit,
        size < limit);
  }
}
