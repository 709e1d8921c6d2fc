package dev.narrascope.store;

import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.store.PostingRuns.Posted;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The newest stored postings of the terms this store instance's batches looked up, kept from one of its
 * write transactions to the next and brought up to date with what each one wrote, so that a batch reads
 * from the database only the terms no recent batch asked for. In a big store nearly every query term has
 * its full 400 postings, and reading them again for every batch was the part of a batch's cost that grew
 * with the store (about 2 M rows per 1,000 articles at 100,000 stored).
 *
 * <p>An entry holds every stored posting of its term from its {@code floor} (its oldest) up, or all of
 * them ({@code complete}); a batch's writes are applied to it at commit (absorbed stories' postings
 * removed, new postings added, re-dated stories' days changed), and it answers a look-up only while it
 * holds as many postings as asked for or all of them. Applying a batch's writes gives what reading
 * the term again would give, so look-ups answer the same as without the cache.
 *
 * <p>Other writers: every write transaction of the corpus state that may change postings stamps a fresh
 * random {@code postings_stamp} in {@code corpus_meta}; a transaction uses the entries only when the stamp
 * and the list of posting runs are the ones this instance saw at its last commit, else it drops them all.
 * Transactions other than batch writes (rebuilds, re-clustering, corrections) drop them too. A rolled-back
 * transaction changes nothing here. Jars older than this one do not stamp: they must not write a store at
 * the same time as a newer one (a batch of theirs that writes postings still shows as a new run).
 *
 * <p>It also drives the instance's {@link StoryStateCache} (the decoded states of the stories its batches read
 * or wrote) under the same rules: used by a batch before its first flush, brought up to date at commit with
 * the states each flush wrote and the stories it absorbed, emptied with the postings. A batch that writes
 * story states stamps too, so another instance's kept states are dropped even when no posting changed.
 *
 * <p>Memory: at most {@link #MAX_HELD} postings (about 16 bytes each), least recently used terms dropped
 * first. Thread-safe; transactions of the corpus state are serialised by its lock anyway.
 */
final class PostingsCache {
  /** Postings kept in all: about 32 MB, a 1,000-article batch's look-ups in a big store. */
  static final long MAX_HELD = 2_000_000;
  /**
   * Postings read beyond those asked for: a batch's merges delete a few postings of a common term, and an
   * entry that kept only the asked number would then have to be read again whole in the next batch.
   */
  static final int SLACK = 64;
  /** The day of an undated story's postings. */
  static final int UNDATED = Integer.MIN_VALUE;
  private static final String STAMP = "postings_stamp";

  /**
   * The {@code limit} newest postings of a term by story sequence number, newest first ({@code ids}
   * and {@code days} alike), or all of them when {@code complete}.
   */
  record Entry(long[] seqs, String[] ids, int[] days, int limit, boolean complete) {
    int size() {
      return seqs.length;
    }

    /**
     * Whether any of these postings belongs to one of {@code stories}: a batch affects a handful of
     * stories and an entry holds hundreds of postings, so each story is searched for (the numbers are
     * newest first) rather than each posting tested.
     */
    private boolean holdsAny(LongSet stories) {
      if (stories.isEmpty()) return false;
      if (stories.size() * 8L >= seqs.length) {
        for (long seq : seqs) if (stories.contains(seq)) return true;
        return false;
      }
      for (var it = stories.iterator(); it.hasNext(); ) if (indexOf(it.nextLong()) >= 0) return true;
      return false;
    }

    /** Binary search of the newest-first numbers. */
    private int indexOf(long seq) {
      int lo = 0;
      int hi = seqs.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (seqs[mid] == seq) return mid;
        if (seqs[mid] > seq) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }

    /** Whether these are the term's {@code asked} newest postings (all of them when it has fewer). */
    boolean answers(int asked) {
      return size() >= asked || complete;
    }

    /**
     * This entry after {@code w} was written, or {@code null} when it knows none of its term's newest
     * postings any more. It may answer fewer than before (stories absorbed): read with {@link #SLACK} more
     * than asked, an entry of a common term keeps answering while a few of its stories are merged away.
     */
    Entry after(String term, Written w) {
      SortedMap<Long, Posted> added = w.added().get(term);
      if (added == null && !holdsAny(w.affected())) return this;
      long floor = complete || seqs.length == 0 ? Long.MIN_VALUE : seqs[seqs.length - 1];
      // Both newest first: the entry's postings less the absorbed, and the new ones from the floor up
      // (postings below the floor are not known here), merged; the same number kept once.
      long[] newSeqs = new long[0];
      Posted[] newRows = new Posted[0];
      if (added != null) {
        SortedMap<Long, Posted> known = added.tailMap(floor);
        newSeqs = new long[known.size()];
        newRows = new Posted[known.size()];
        int k = known.size();
        for (var e : known.entrySet()) {
          newSeqs[--k] = e.getKey();
          newRows[k] = e.getValue();
        }
      }
      // Only where the block copy could apply is the entry searched for the affected stories (the merge below
      // tests each posting anyway); with nothing added, the test above found one.
      boolean onTop = newSeqs.length == 0 || seqs.length == 0 || newSeqs[newSeqs.length - 1] > seqs[0];
      if (added != null && onTop && !holdsAny(w.affected())) return prepended(newSeqs, newRows, w.redated());
      int room = Math.min(limit, seqs.length + newSeqs.length);
      long[] s = new long[room];
      String[] d = new String[room];
      int[] y = new int[room];
      int n = 0;
      int i = 0;
      int j = 0;
      while (n < room && (i < seqs.length || j < newSeqs.length)) {
        if (i < seqs.length && w.absorbed().contains(seqs[i])) {
          i++;
        } else if (j >= newSeqs.length || (i < seqs.length && seqs[i] >= newSeqs[j])) {
          if (j < newSeqs.length && seqs[i] == newSeqs[j]) j++;
          s[n] = seqs[i];
          d[n] = ids[i];
          y[n++] = days[i++];
        } else {
          s[n] = newSeqs[j];
          d[n] = newRows[j].storyId();
          y[n++] = day(newRows[j++].first());
        }
      }
      // Complete still when nothing was left out for want of room.
      boolean all = complete && i == seqs.length && j == newSeqs.length;
      if (!all && n == 0) return null;
      if (n < room) {
        s = Arrays.copyOf(s, n);
        d = Arrays.copyOf(d, n);
        y = Arrays.copyOf(y, n);
      }
      if (!w.redated().isEmpty()) for (int k = 0; k < n; k++) y[k] = w.redated().getOrDefault(s[k], y[k]);
      return new Entry(s, d, y, limit, all);
    }

    /**
     * {@link #after} where nothing of this entry was absorbed or re-dated and every new posting ({@code newSeqs},
     * newest first) is newer than its newest: the usual case (new stories take the highest numbers), copied
     * in blocks instead of merged posting by posting.
     */
    private Entry prepended(long[] newSeqs, Posted[] newRows, Long2IntMap redated) {
      if (newSeqs.length == 0) return this;
      int room = Math.min(limit, seqs.length + newSeqs.length);
      int fromNew = Math.min(room, newSeqs.length);
      int fromOld = room - fromNew;
      long[] s = new long[room];
      String[] d = new String[room];
      int[] y = new int[room];
      for (int k = 0; k < fromNew; k++) {
        s[k] = newSeqs[k];
        d[k] = newRows[k].storyId();
        y[k] = redated.getOrDefault(newSeqs[k], day(newRows[k].first()));
      }
      System.arraycopy(seqs, 0, s, fromNew, fromOld);
      System.arraycopy(ids, 0, d, fromNew, fromOld);
      System.arraycopy(days, 0, y, fromNew, fromOld);
      return new Entry(s, d, y, limit, complete && fromOld == seqs.length && fromNew == newSeqs.length);
    }
  }

  /** A story's first day as the entries hold it: days since 1970-01-01, {@link #UNDATED} when it has none. */
  static int day(LocalDate first) {
    return first == null ? UNDATED : Math.toIntExact(first.toEpochDay());
  }

  /**
   * What one flush wrote to the postings, in the order it wrote it: the postings of the {@code absorbed}
   * stories deleted, {@code added} postings (term to story sequence number) inserted, then every posting
   * of the {@code redated} stories given the day (or {@link #UNDATED}); {@code touched}: the terms of the
   * absorbed and re-dated stories' postings, the only entries besides those of the added terms that the
   * flush can change. Stories by sequence number: within one flush a number names one story, and testing
   * the entries' numbers costs a fraction of hashing their ids.
   */
  record Written(LongSet absorbed, SortedMap<String, ? extends SortedMap<Long, Posted>> added, Long2IntMap redated,
                 Set<String> touched, LongSet affected) {
    Written(LongSet absorbed, SortedMap<String, ? extends SortedMap<Long, Posted>> added, Long2IntMap redated,
            Set<String> touched) {
      this(absorbed, added, redated, touched, union(absorbed, redated.keySet()));
    }

    private static LongSet union(LongSet a, LongSet b) {
      LongSet all = new LongOpenHashSet(a);
      all.addAll(b);
      return all;
    }

    boolean none() {
      return absorbed.isEmpty() && added.isEmpty() && redated.isEmpty();
    }
  }

  /** Terms, least recently used (read, or written by a batch) first. */
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1 << 12, 0.75f, true);
  private long held;
  /** The story id of each sequence number read (a number names one story while it exists): each id is held once. */
  private final Long2ObjectOpenHashMap<String> storyIds = new Long2ObjectOpenHashMap<>();
  /** The stamp (0: none yet) and the posting runs as this instance's last commit left them. */
  private long stamp;
  private Set<Long> runIds = Set.of();
  private final StoryStateCache states = new StoryStateCache();

  /**
   * Called by every write transaction of the corpus state once it holds the lock, with its posting runs;
   * {@code batch}: a batch write, which may use and keep entries.
   */
  synchronized Tx begin(Connection c, Runs postingRuns, boolean batch) throws SQLException {
    long stored = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM corpus_meta WHERE name = '" + STAMP + "'");
         ResultSet rs = ps.executeQuery()) {
      if (rs.next()) stored = rs.getLong(1);
    }
    if (!batch || stored != stamp || !runIds.equals(idsOf(postingRuns))) clear();
    return new Tx(batch, stored);
  }

  /** Brings the entries up to date with what {@code tx} wrote: called once it committed. */
  synchronized void committed(Tx tx, Runs postingRuns) {
    stamp = tx.stamp;
    runIds = idsOf(postingRuns);
    if (!tx.batch || tx.unknown) {
      clear();
      return;
    }
    tx.read.forEach(this::put);
    tx.statesRead.forEach(states::put);
    for (StatesWritten w : tx.statesWritten) {
      w.written().forEach(states::put);
      w.absorbed().forEach(states::remove);
    }
    for (Written w : tx.written) {
      // Only the entries of the terms written can change: those postings were added to, or deleted or re-dated
      // in (a batch's terms are a few thousand, the cache may hold tens of thousands).
      Set<String> terms = new HashSet<>(w.added().keySet());
      terms.addAll(w.touched());
      Map<String, Entry> changed = new LinkedHashMap<>();
      for (String term : terms) {
        Entry was = entries.get(term);
        if (was != null) changed.put(term, was.after(term, w));
      }
      changed.forEach((term, now) -> {
        if (now == null) held -= entries.remove(term).size();
        else put(term, now);
      });
      // A merged story's sequence number may be given to a later story.
      for (var it = w.absorbed().iterator(); it.hasNext(); ) storyIds.remove(it.nextLong());
    }
    for (Iterator<Entry> it = entries.values().iterator(); held > MAX_HELD && it.hasNext(); ) {
      held -= it.next().size();
      it.remove();
    }
    if (storyIds.size() > MAX_HELD / 4) storyIds.clear();
  }

  private void put(String term, Entry e) {
    Entry old = entries.put(term, e);
    held += e.size() - (old == null ? 0 : old.size());
  }

  private void clear() {
    entries.clear();
    storyIds.clear();
    held = 0;
    states.clear();
  }

  /** The story states one flush wrote (as read again, taken then) and the ids of the stories it absorbed. */
  private record StatesWritten(List<StoryEntry> written, List<String> absorbed) {}

  private static Set<Long> idsOf(Runs runs) {
    Set<Long> ids = new HashSet<>();
    runs.all().forEach(r -> ids.add(r.id()));
    return ids;
  }

  /** One write transaction's use of the cache: what it read before its first flush and what its flushes wrote. */
  final class Tx {
    private final boolean batch;
    private final Map<String, Entry> read = new HashMap<>();
    private final List<Written> written = new ArrayList<>();
    private final Long2ObjectOpenHashMap<String> ownIds = new Long2ObjectOpenHashMap<>();
    private final List<StoryEntry> statesRead = new ArrayList<>();
    private final List<StatesWritten> statesWritten = new ArrayList<>();
    /** Whether a flush wrote what no {@link Written} can say (stories without a known number absorbed): every entry is dropped at commit. */
    private boolean unknown;
    /** The stamp as this transaction found it, then as it left it. */
    private long stamp;

    private Tx(boolean batch, long stamp) {
      this.batch = batch;
      this.stamp = stamp;
    }

    /** Whether entries still show the database as this transaction sees it: before its first flush. */
    private boolean current() {
      return batch && written.isEmpty() && !unknown;
    }

    /** The term's entry when one is known, else {@code null}. */
    Entry get(String term) {
      if (!current()) return null;
      Entry e = read.get(term);
      if (e != null) return e;
      synchronized (PostingsCache.this) {
        return entries.get(term);
      }
    }

    /** Keeps a term's postings this transaction read from the database. */
    void read(String term, Entry e) {
      if (current()) read.put(term, e);
    }

    /** Story ids by sequence number, for reading postings (see {@link PostingRuns#newest}). */
    Long2ObjectMap<String> storyIds() {
      return current() ? PostingsCache.this.storyIds : ownIds;
    }

    /** A copy of story {@code id}'s state as stored, when one is kept and still shows the database; else {@code null}. */
    StoryEntry state(String id) {
      return current() ? states.get(id) : null;
    }

    /** Keeps a copy of a story state this transaction read from the database (the caller goes on to change its own). */
    void readState(StoryEntry state) {
      if (current()) statesRead.add(state.copy());
    }

    /**
     * Records the story states a flush wrote and the stories it absorbed (deleted). Only a batch's are kept:
     * any other transaction empties the caches at commit, and a rebuild's or re-clustering's flushes would
     * otherwise hold every state it wrote in memory until then.
     */
    void wroteStates(Collection<StoryEntry> written, Collection<String> absorbed) {
      if (batch) statesWritten.add(new StatesWritten(written.stream().map(StoryEntry::reread).toList(), List.copyOf(absorbed)));
    }

    /** Records what a flush wrote to the postings (a batch's only, as {@link #wroteStates}). */
    void wrote(Written w) {
      if (batch) written.add(w);
    }

    /** Records that a flush changed postings in a way no {@link Written} describes. */
    void wroteUnknown() {
      unknown = true;
    }

    /**
     * Stamps a fresh value in {@code corpus_meta}, in the transaction, before it commits, unless it is a
     * batch that changed no posting (a batch that only reads leaves other instances' entries in use).
     */
    void stamp(Connection c) throws SQLException {
      boolean statesChanged = statesWritten.stream().anyMatch(w -> !w.written().isEmpty() || !w.absorbed().isEmpty());
      if (batch && !unknown && !statesChanged && written.stream().allMatch(Written::none)) return;
      long value;
      do value = ThreadLocalRandom.current().nextLong(); while (value == 0);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus_meta (name, value) VALUES ('" + STAMP
          + "', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
        ps.setLong(1, value);
        ps.executeUpdate();
      }
      stamp = value;
    }
  }
}
