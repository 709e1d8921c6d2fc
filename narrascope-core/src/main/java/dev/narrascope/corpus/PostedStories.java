package dev.narrascope.corpus;

import java.util.Arrays;
import java.util.List;

/**
 * The stories on a term's postings ({@link CorpusState#postedStories}), each by sequence number and id
 * in two arrays. Finding an article's candidate stories adds up weights over thousands of postings per
 * article; keyed by the numbers that runs over plain arrays, where keying by the ids read one scattered
 * string object per posting and was most of that time in a store of a million articles.
 */
public final class PostedStories {
  public static final PostedStories NONE = new PostedStories(new long[0], new String[0], 0);

  private final long[] seqs;
  private final String[] ids;
  private final int size;

  /** The first {@code size} entries of the arrays (which this instance then owns). */
  public PostedStories(long[] seqs, String[] ids, int size) {
    this.seqs = seqs;
    this.ids = ids;
    this.size = size;
  }

  public int size() {
    return size;
  }

  public long seq(int i) {
    return seqs[i];
  }

  public String id(int i) {
    return ids[i];
  }

  public List<String> ids() {
    return List.of(Arrays.copyOf(ids, size));
  }
}
