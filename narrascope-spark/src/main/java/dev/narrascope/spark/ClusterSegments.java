package dev.narrascope.spark;

import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Findings;
import dev.narrascope.corpus.InMemoryCorpusState;
import dev.narrascope.corpus.StoryEntry;
import dev.narrascope.story.StoryClusterer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Clusters each segment of the run ({@link StorySegments}) on an executor with the CLI's stories stage,
 * batch by batch in the CLI's order, against a corpus state of its own on the heap: its lead-in first,
 * then its own batches. The partition's {@link DistributedStories#SEGMENT_INPUT} rows come sorted by
 * segment and index; yields a {@link DistributedStories#PLACEMENT} per article once its segment is
 * done (stories merge and articles move until then). Holds one segment at a time.
 *
 * <p>A story with no lead-in article left in it but named after one ({@code "s-" + id}) is renamed
 * after its earliest own article: the lead-in article's own segment may name a story so too.
 */
final class ClusterSegments implements MapPartitionsFunction<Row, Row> {
  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private Row pending = rows.hasNext() ? rows.next() : null;
      private Iterator<Row> ready = List.<Row>of().iterator();

      @Override public boolean hasNext() {
        while (!ready.hasNext() && pending != null) ready = nextSegment().iterator();
        return ready.hasNext();
      }

      @Override public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.next();
      }

      private List<Row> nextSegment() {
        long segment = pending.getLong(0);
        Segment s = new Segment(segment);
        List<Row> batch = new ArrayList<>();
        while (pending != null && pending.getLong(0) == segment) {
          if (!batch.isEmpty() && pending.getLong(3) != batch.get(0).getLong(3)) {
            s.cluster(batch);
            batch = new ArrayList<>();
          }
          batch.add(pending);
          pending = rows.hasNext() ? rows.next() : null;
        }
        if (!batch.isEmpty()) s.cluster(batch);
        return s.placements();
      }
    };
  }

  /** One segment's clustering. */
  private static final class Segment {
    private final long segment;
    private final StoryClusterer stories = new StoryClusterer();
    private final InMemoryCorpusState state = new InMemoryCorpusState();
    private final Map<String, Long> index = new HashMap<>();
    private final Set<String> leadIn = new HashSet<>();

    Segment(long segment) {
      this.segment = segment;
    }

    void cluster(List<Row> rows) {
      List<Article> batch = new ArrayList<>(rows.size());
      for (Row r : rows) {
        Article a = slim(Rows.article(r.getString(4)), r.isNullAt(5) ? null : r.getString(5));
        batch.add(a);
        index.put(a.id(), r.getLong(2));
        if (r.getBoolean(1)) leadIn.add(a.id());
      }
      state.putArticles(stories.apply(batch, state, Findings.none()));
    }

    /**
     * What the stories stage reads of an analysed article that carries its story terms: the article
     * without its text and an analysis of the terms, the embedding and the original only. A segment holds
     * every article it clustered (100,000 whole ones did not fit a 3 GB heap), so this keeps it small.
     */
    private static Article slim(Article a, String repostOf) {
      Analysis full = a.analysis();
      if (full.storyTerms() == null) return a.withAnalysis(full.withStory(null, repostOf));
      return a.withText("").withAnalysis(Analysis.EMPTY.withStoryTerms(full.storyTerms()).withEmbedding(full.embedding())
          .withStory(null, repostOf));
    }

    List<Row> placements() {
      Map<String, String> renamed = renamed();
      List<Row> out = new ArrayList<>();
      for (Article a : state.allArticles()) {
        String story = a.analysis().storyId();
        out.add(RowFactory.create(segment, leadIn.contains(a.id()), index.get(a.id()), a.id(), renamed.getOrDefault(story, story)));
      }
      return out;
    }

    /** New ids for the stories without a lead-in article that are named after one (see the class comment). */
    private Map<String, String> renamed() {
      Map<String, String> renamed = new HashMap<>();
      if (leadIn.isEmpty()) return renamed;
      Set<String> taken = new HashSet<>();
      for (StoryEntry e : state.allStories()) taken.add(e.id());
      for (StoryEntry e : state.allStories()) {
        List<String> members = e.toStory().articleIds();
        if (members.stream().anyMatch(leadIn::contains) || !namedAfterLeadIn(e.id())) continue;
        String earliest = members.stream().min(Comparator.comparingLong(index::get)).orElseThrow();
        String id = StoryClusterer.storyId(earliest, taken::contains);
        taken.add(id);
        renamed.put(e.id(), id);
      }
      return renamed;
    }

    /** Whether {@code story} is {@code "s-" + id} or {@code "s-" + id + "-" + n} for a lead-in article id. */
    private boolean namedAfterLeadIn(String story) {
      String rest = story.substring(StoryClusterer.STORY_ID_PREFIX.length());
      if (leadIn.contains(rest)) return true;
      int dash = rest.lastIndexOf('-');
      return dash > 0 && rest.substring(dash + 1).chars().allMatch(Character::isDigit) && leadIn.contains(rest.substring(0, dash));
    }
  }
}
