package dev.narrascope.store;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Story;
import dev.narrascope.corpus.CorpusState;
import dev.narrascope.review.Uncertainty;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The {@link ArticleStore} queries that read the same in SQLite and PostgreSQL (the schemas keep the
 * same tables and ISO-string dates for that reason). Subclasses supply only what really differs:
 * how a connection is obtained ({@link #withConnection}), the article upsert, the full-text search
 * statement and who stamps findings. Every value is bound as a parameter, never inlined.
 *
 * <p>Public only because the two stores live in sub-packages; it is extended by
 * {@code SqliteArticleStore} and {@code PostgresArticleStore} and by nothing else. Thread-safety is
 * the subclass's {@link #withConnection}'s: each call does all its work inside one such call.
 */
public abstract class JdbcArticleStore implements ArticleStore {
  /** Work on one connection; may throw {@link SQLException}, which the store turns into a {@link StoreException}. */
  @FunctionalInterface
  protected interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Inserts or replaces one article row at a time; created per {@link #putAll} batch, on its connection. */
  protected interface ArticleUpsert extends AutoCloseable {
    /** Writes the article's row; returns whether its id was new. */
    boolean put(Article a) throws SQLException;

    @Override
    void close() throws SQLException;
  }

  /** Filters of the stored band-key runs and story-posting runs, kept across this instance's transactions. */
  private final RunFilters bandFilters = new RunFilters(BandRuns.LAYOUT);
  private final RunFilters postingFilters = new RunFilters(PostingRuns.LAYOUT);
  /** The newest postings of the terms recent batches looked up, kept up to date by this instance's batches. */
  private final PostingsCache postingsCache = new PostingsCache();

  protected JdbcArticleStore() {}

  /**
   * Runs {@code work} on a connection in auto-commit mode, serialised or pooled as the database
   * needs; an {@link SQLException} becomes a {@link StoreException} saying "Cannot {@code what}".
   */
  protected abstract <T> T withConnection(String what, SqlWork<T> work);

  /**
   * Runs a read-only {@code work} on a connection that need not wait for a batch being written: it
   * sees what was committed. {@link #withConnection} unless the store has such a connection (SQLite's
   * one connection is held for a batch's whole tail; a POST's look-up of known ids must not wait for
   * other POSTs' writes before its analysis can start).
   */
  protected <T> T withReadConnection(String what, SqlWork<T> work) {
    return withConnection(what, work);
  }

  /** The dialect's article upsert on {@code c} (inside the caller's transaction). */
  protected abstract ArticleUpsert articleUpsert(Connection c) throws SQLException;

  /**
   * The search statement over {@code articles a} filtered by {@code whereSql} (empty or starting
   * with {@code " WHERE "}), matching {@code articles.search_terms} against the query, ending in
   * {@code LIMIT ? OFFSET ?}. Its rows hold the article columns and {@code score} (higher is better).
   */
  protected abstract String searchSql(String whereSql);

  /** The {@link SearchTerms#query} in the dialect's query syntax. */
  protected abstract String matchText(List<List<List<String>>> query);

  /** Binds the match text and the filter's parameters in the order {@link #searchSql} uses them; returns the next index. */
  protected abstract int bindSearch(PreparedStatement ps, String match, Where w) throws SQLException;

  /**
   * Whether the application writes {@code findings.created_at} (SQLite: ISO text, no default) or
   * the database does ({@code DEFAULT now()} in PostgreSQL).
   */
  protected abstract boolean stampsFindings();

  /**
   * The columns an article row holds beyond {@link ArticleRows#COLUMNS}, derived from the article
   * when it is written ({@link #bindArticle}): its story, its search terms and its place in the review queue.
   */
  protected static final String DERIVED_COLUMNS = "story_id, search_terms, review_priority, review_reason";

  /**
   * Binds origin, url, title, outlet, published, language, language_confidence, text, metadata_json,
   * analysis_json, then the {@link #DERIVED_COLUMNS}, from index {@code i}; returns the next index.
   */
  protected static int bindArticle(PreparedStatement ps, int i, Article a) throws SQLException {
    ps.setString(i++, a.origin());
    ps.setString(i++, a.url());
    ps.setString(i++, a.title());
    ps.setString(i++, a.outlet());
    ps.setString(i++, a.published() == null ? null : a.published().toString());
    ps.setString(i++, a.language());
    ps.setDouble(i++, a.languageConfidence());
    ps.setString(i++, a.text());
    ps.setString(i++, ArticleRows.toJson(a.metadata()));
    ps.setString(i++, ArticleRows.toJson(a.analysis()));
    ps.setString(i++, a.analysis().storyId());
    ps.setString(i++, SearchTerms.of(a));
    return bindReview(ps, i, a);
  }

  /** Binds review_priority and review_reason ({@link Uncertainty}; NULL and '' without model output). */
  private static int bindReview(PreparedStatement ps, int i, Article a) throws SQLException {
    Optional<Uncertainty> u = Uncertainty.of(a.analysis());
    if (u.isPresent()) ps.setDouble(i++, u.get().score());
    else ps.setNull(i++, java.sql.Types.DOUBLE);
    ps.setString(i++, u.map(Uncertainty::reason).orElse(""));
    return i;
  }

  /** {@link ArticleRows#COLUMNS} qualified with alias {@code a}, for joins. */
  protected static String prefixedColumns() {
    return "a." + ArticleRows.COLUMNS.replace(", ", ", a.");
  }

  /** Work in a transaction that holds the corpus-state lock, seeing the stored band keys and postings as {@code runs}. */
  @FunctionalInterface
  private interface CorpusWork<T> {
    T run(Connection c, CorpusRuns runs) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction holding the corpus-state lock ({@link #lockCorpusState});
   * once it committed, this store keeps the filters of the band-key and posting runs it wrote, and its
   * {@link PostingsCache} what it wrote to the postings ({@code batch}: a batch write; any other
   * transaction empties the cache).
   */
  private <T> T inCorpusTransaction(String what, boolean batch, CorpusWork<T> work) {
    CorpusRuns[] runs = new CorpusRuns[1];
    T result = inTransaction(what, c -> {
      lockCorpusState(c);
      Runs postings = postingFilters.begin(c);
      runs[0] = new CorpusRuns(new BandRuns(bandFilters.begin(c)), new PostingRuns(postings, postingsCache.begin(c, postings, batch)));
      T done = work.run(c, runs[0]);
      runs[0].postings().cache().stamp(c);
      return done;
    });
    bandFilters.committed(runs[0].bands().runs());
    postingFilters.committed(runs[0].postings().runs());
    postingsCache.committed(runs[0].postings().cache(), runs[0].postings().runs());
    return result;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  private <T> T inTransaction(String what, SqlWork<T> work) {
    return withConnection(what, c -> {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    });
  }

  @Override
  public boolean put(Article article) {
    return putAll(List.of(article)) == 1;
  }

  @Override
  public int putAll(Collection<Article> articles) {
    return inTransaction("store articles", c -> writeArticles(c, articles));
  }

  @Override
  public Set<String> knownIds(Collection<String> ids) {
    Set<String> out = new HashSet<>();
    return withReadConnection("look up article ids", c -> {
      for (List<String> chunk : SqlLists.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE id IN (" + SqlLists.marks(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  @Override
  public int writeBatch(Consumer<CorpusState> work, Collection<Finding> findings) {
    return inCorpusTransaction("store a batch", true, (c, runs) -> {
      StoreCorpusState state = new StoreCorpusState(c, runs);
      work.accept(state);
      List<String> ids = state.putArticles().stream().map(Article::id).toList();
      int added = writeArticles(c, state.putArticles());
      state.flush();
      if (CorrectionRows.any(c)) moveToCorrectedStories(c, runs, CorrectionRows.of(c, ids));
      writeFindings(c, findings);
      return added;
    });
  }

  @Override
  public Rebuilt rebuildCorpusState(int chunk, BiConsumer<List<Article>, CorpusState> replay) {
    return inCorpusTransaction("rebuild the story index", false, (c, runs) -> {
      List<Replayed> members = new ArrayList<>();
      try (Statement st = c.createStatement()) {
        try (ResultSet rs = st.executeQuery("SELECT id, story_id, published FROM articles")) {
          while (rs.next()) members.add(new Replayed(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
        for (String table : List.of("corpus_terms", "corpus_meta", "stories", "member_embeddings")) {
          st.executeUpdate("DELETE FROM " + table);
        }
      }
      runs.bands().deleteAll();
      runs.postings().deleteAll();
      return replay(c, runs, StoreCorpusState.reclustering(c, runs, true), members, chunk, replay);
    });
  }

  @Override
  public boolean hasUnindexedStories() {
    return withConnection("check the story index", c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM stories WHERE state_bytes IS NULL LIMIT 1")) {
        return rs.next();
      }
    });
  }

  @Override
  public Rebuilt reclusterSince(LocalDate since, int chunk, BiConsumer<List<Article>, CorpusState> replay) {
    return inCorpusTransaction("re-cluster the stories since " + since, false, (c, runs) -> {
      List<String> stories = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM stories WHERE last_date >= ? ORDER BY id")) {
        ps.setString(1, since.toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) stories.add(rs.getString(1));
        }
      }
      List<Replayed> members = new ArrayList<>();
      for (List<String> part : SqlLists.chunks(stories)) {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT id, story_id, published FROM articles WHERE story_id IN (" + SqlLists.marks(part.size()) + ")")) {
          for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) members.add(new Replayed(rs.getString(1), rs.getString(2), rs.getString(3)));
          }
        }
        runs.postings().deleteStories(part);
        // The replay records them again as they join (a repost, which joins without vectors, then has none).
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM member_embeddings WHERE article_id IN "
            + "(SELECT id FROM articles WHERE story_id IN (" + SqlLists.marks(part.size()) + "))")) {
          for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM stories WHERE id IN (" + SqlLists.marks(part.size()) + ")")) {
          for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
          ps.executeUpdate();
        }
      }
      return replay(c, runs, StoreCorpusState.reclustering(c, runs, false), members, chunk, replay);
    });
  }

  /** An article to replay: its id, its story before, its publication date (ISO text, or null). */
  private record Replayed(String id, String storyBefore, String published) {}

  /**
   * Replays {@code members} earliest first (undated last, ties by id), {@code chunk} at a time, with
   * their repost and story links cleared, writing each chunk's articles and index rows before the
   * next; returns how many changed story.
   */
  private Rebuilt replay(Connection c, CorpusRuns runs, StoreCorpusState state, List<Replayed> members, int chunk,
                         BiConsumer<List<Article>, CorpusState> replay) throws SQLException {
    members.sort(Comparator.comparing(Replayed::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(Replayed::id));
    for (int from = 0; from < members.size(); from += chunk) {
      List<String> ids = members.subList(from, Math.min(members.size(), from + chunk)).stream().map(Replayed::id).toList();
      Map<String, Article> byId = state.articles(ids);
      List<Article> page = ids.stream().map(byId::get).filter(Objects::nonNull)
          .map(a -> a.withAnalysis(a.analysis().withStory(null, null))).toList();
      replay.accept(page, state);
      writeArticles(c, state.putArticles());
      state.flush();
    }
    // The clustering just ignored the analysts' story moves; they are in force all the same.
    moveToCorrectedStories(c, runs, CorrectionRows.all(c, Correction.STORY));
    Map<String, String> before = new HashMap<>();
    members.forEach(m -> before.put(m.id(), m.storyBefore()));
    List<String[]> moves = new ArrayList<>();
    for (List<String> part : SqlLists.chunks(List.copyOf(before.keySet()))) {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, story_id FROM articles WHERE id IN (" + SqlLists.marks(part.size()) + ")")) {
        for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String was = before.get(rs.getString(1)), now = rs.getString(2);
            if (!Objects.equals(was, now)) moves.add(new String[] {was, now, "", rs.getString(1)});
          }
        }
      }
    }
    // An article that had no story (a store from before the index) or has none now leaves no history row.
    StoryHistory.logMoves(c, StoryHistory.RECLUSTER, moves.stream().filter(m -> m[0] != null && m[1] != null)
        .sorted(Comparator.comparing((String[] m) -> m[0]).thenComparing(m -> m[1]).thenComparing(m -> m[3])).toList());
    return new Rebuilt(members.size(), moves.size());
  }

  /**
   * Serialises batch writers of the corpus state for the transaction's duration (the caller holds
   * it until commit): SQLite has one writer anyway; PostgreSQL takes an advisory lock.
   */
  protected void lockCorpusState(Connection c) throws SQLException {}

  /** Puts articles into the stories named by the story corrections in force among {@code corrections}. */
  private void moveToCorrectedStories(Connection c, CorpusRuns runs, List<Correction> corrections) throws SQLException {
    Map<String, String> targets = StoryMoves.targets(corrections);
    if (targets.isEmpty()) return;
    StoreCorpusState state = StoreCorpusState.replaying(c, runs);
    writeArticles(c, StoryMoves.apply(state, targets));
    state.flush();
  }

  /**
   * The articles with the corrections in force applied: every write goes through here, so analysis,
   * re-analysis and replays store what the analysts said instead of what the model said.
   */
  private static List<Article> withCorrections(Connection c, Collection<Article> articles) throws SQLException {
    if (articles.isEmpty() || !CorrectionRows.any(c)) return List.copyOf(articles);
    Map<String, List<Correction>> byArticle = new HashMap<>();
    for (Correction k : CorrectionRows.of(c, articles.stream().map(Article::id).toList())) {
      byArticle.computeIfAbsent(k.articleId(), id -> new ArrayList<>()).add(k);
    }
    return articles.stream().map(a -> {
      List<Correction> mine = byArticle.get(a.id());
      return mine == null ? a : a.withAnalysis(Corrections.apply(a.analysis(), Corrections.inForce(mine)));
    }).toList();
  }

  @Override
  public List<Correction> addCorrections(List<Correction> corrections) {
    return inCorpusTransaction("store corrections", false, (c, runs) -> {
      Set<String> ids = new LinkedHashSet<>();
      corrections.forEach(k -> ids.add(k.articleId()));
      Map<String, Article> articles = StoreCorpusState.replaying(c, runs).articles(ids);
      for (String id : ids) if (!articles.containsKey(id)) throw new IllegalArgumentException("no article with id " + id);
      List<Correction> stored = new ArrayList<>();
      for (Correction k : corrections) stored.add(CorrectionRows.insert(c, k));
      writeArticles(c, articles.values());
      moveToCorrectedStories(c, runs, CorrectionRows.of(c, ids));
      return stored;
    });
  }

  @Override
  public List<Correction> corrections(String articleId) {
    return withConnection("read the corrections of " + articleId, c -> CorrectionRows.of(c, List.of(articleId)));
  }

  @Override
  public List<Correction> allCorrections() {
    return withConnection("read the corrections", c -> CorrectionRows.all(c, null));
  }

  private int writeArticles(Connection c, Collection<Article> given) throws SQLException {
    List<Article> articles = withCorrections(c, given);
    int added = 0;
    try (ArticleUpsert upsert = articleUpsert(c);
         PreparedStatement delLabels = c.prepareStatement("DELETE FROM article_labels WHERE article_id = ?");
         PreparedStatement addLabel = c.prepareStatement(
             "INSERT INTO article_labels (article_id, kind, label, role, score) VALUES (?,?,?,?,?)"
                 + " ON CONFLICT (article_id, kind, label) DO UPDATE SET role=excluded.role, score=excluded.score")) {
      for (Article a : articles) {
        if (upsert.put(a)) added++;
        delLabels.setString(1, a.id());
        delLabels.executeUpdate();
        for (ArticleRows.Label l : ArticleRows.labels(a.analysis())) {
          addLabel.setString(1, a.id());
          addLabel.setString(2, l.kind());
          addLabel.setString(3, l.label());
          addLabel.setString(4, l.role());
          addLabel.setDouble(5, l.score());
          addLabel.addBatch();
        }
        // Per article, so a later copy of the same id in one batch replaces the earlier one's labels.
        addLabel.executeBatch();
      }
    }
    return added;
  }

  @Override
  public Optional<Article> get(String id) {
    return withReadConnection("read article " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ArticleRows.article(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<Article> find(ArticleQuery q) {
    Where w = Where.of(q);
    return page("query articles", "SELECT " + ArticleRows.COLUMNS + " FROM articles a" + w.sql
        + " ORDER BY a.published IS NULL, a.published DESC, a.id", w, q, ArticleRows::article);
  }

  @Override
  public long count(ArticleQuery q) {
    Where w = Where.of(q);
    return countRows("count articles", "SELECT count(*) FROM articles a" + w.sql, w);
  }

  /** The review queue's condition after {@code w}: model output, and no correction of any kind (any is in force). */
  private static String inReviewQueue(Where w) {
    return w.and("a.review_priority IS NOT NULL AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.article_id = a.id)");
  }

  @Override
  public List<ReviewItem> reviewQueue(ArticleQuery q) {
    Where w = Where.of(q);
    return page("read the review queue",
        "SELECT a.id, a.title, a.outlet, a.published, a.language, a.review_priority, a.review_reason FROM articles a"
            + inReviewQueue(w) + " ORDER BY a.review_priority DESC, a.id", w, q,
        rs -> new ReviewItem(rs.getString(1), rs.getString(2), rs.getString(3), ArticleRows.date(rs.getString(4)),
            rs.getString(5), Math.round(rs.getDouble(6) * 1000) / 1000.0, rs.getString(7)));
  }

  @Override
  public long reviewQueueSize(ArticleQuery q) {
    Where w = Where.of(q);
    return countRows("count the review queue", "SELECT count(*) FROM articles a" + inReviewQueue(w), w);
  }

  /** Reads one value from the current row of a result. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The rows of {@code sql} (bound by {@code w}, ordered) in {@code q}'s page, each read by {@code row}. */
  private <T> List<T> page(String what, String sql, Where w, ArticleQuery q, RowReader<T> row) {
    return withConnection(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT ? OFFSET ?")) {
        int i = w.bind(ps, 1);
        ps.setInt(i++, q.limit());
        ps.setInt(i, q.offset());
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(row.read(rs));
        }
        return out;
      }
    });
  }

  /** The single count {@code sql} (bound by {@code w}) answers. */
  private long countRows(String what, String sql, Where w) {
    return withConnection(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        w.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public List<Story> stories(int offset, int limit) {
    // NULLS LAST spelled out: SQLite already sorts NULL lowest, PostgreSQL would put it first.
    return readStories("SELECT story_json FROM stories ORDER BY size DESC, last_date DESC NULLS LAST, id LIMIT ? OFFSET ?",
        limit, offset);
  }

  @Override
  public void forEachStory(Consumer<Story> sink) {
    forEachStory(sink, 1_000);
  }

  /** {@link #forEachStory(Consumer)} with {@code page} stories per read (each read its own connection use). */
  void forEachStory(Consumer<Story> sink, int page) {
    String after = "";
    while (true) {
      List<Story> stories = readStories("SELECT story_json FROM stories WHERE id > ? ORDER BY id LIMIT ?", after, page);
      stories.forEach(sink);
      if (stories.size() < page) return;
      after = stories.get(stories.size() - 1).id();
    }
  }

  /** The stories {@code sql} selects (its one column {@code story_json}), with {@code params} bound in order. */
  private List<Story> readStories(String sql, Object... params) {
    return withConnection("read stories", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
        List<Story> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(ArticleRows.story(rs.getString(1)));
        }
        return out;
      }
    });
  }

  @Override
  public long storyCount() {
    return withConnection("count stories", c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM stories")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Override
  public Optional<Story> story(String id) {
    return withConnection("read story " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT story_json FROM stories WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ArticleRows.story(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<StoryChange> storyHistory(String id) {
    return withReadConnection("read the history of story " + id, c -> StoryHistory.read(c, id));
  }

  @Override
  public List<SearchHit> search(String text, ArticleQuery q) {
    List<List<List<String>>> query = SearchTerms.query(text);
    if (query.isEmpty()) return List.of();
    Where w = Where.of(q);
    String sql = searchSql(w.sql);
    return withConnection("search for '" + text + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = bindSearch(ps, matchText(query), w);
        ps.setInt(i++, q.limit());
        ps.setInt(i, q.offset());
        List<SearchHit> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Article a = ArticleRows.article(rs);
            out.add(new SearchHit(a, SearchSnippet.of(a.text(), a.language(), query), rs.getDouble("score")));
          }
        }
        return out;
      }
    });
  }

  /**
   * Computes the derived columns of the rows stored before they existed (search terms: schema
   * version 3, whose migration cannot stem; review order: version 5), {@code chunk} rows at a time;
   * called when a store opens. Returns how many rows it filled.
   */
  protected int backfillDerivedColumns(int chunk) {
    int done = 0;
    while (true) {
      int n = inTransaction("index stored articles for search and review", c -> {
        List<Article> todo = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleRows.COLUMNS
            + " FROM articles WHERE search_terms IS NULL OR review_reason IS NULL ORDER BY id LIMIT ?")) {
          ps.setInt(1, chunk);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) todo.add(ArticleRows.article(rs));
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE articles SET search_terms = ?, review_priority = ?, review_reason = ? WHERE id = ?")) {
          for (Article a : todo) {
            ps.setString(1, SearchTerms.of(a));
            ps.setString(bindReview(ps, 2, a), a.id());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return todo.size();
      });
      done += n;
      if (n < chunk) return done;
    }
  }

  @Override
  public void addFindings(Collection<Finding> findings) {
    withConnection("store findings", c -> {
      writeFindings(c, findings);
      return null;
    });
  }

  private void writeFindings(Connection c, Collection<Finding> findings) throws SQLException {
    if (findings.isEmpty()) return;
    boolean stamp = stampsFindings();
    String sql = "INSERT INTO findings (stage, code, input, message" + (stamp ? ", created_at) VALUES (?,?,?,?,?)" : ") VALUES (?,?,?,?)");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      String now = Instant.now().toString();
      for (Finding f : findings) {
        ps.setString(1, f.stage());
        ps.setString(2, f.code());
        ps.setString(3, f.input());
        ps.setString(4, f.message());
        if (stamp) ps.setString(5, now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public List<Finding> findings(int limit) {
    return withConnection("read findings", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT stage, code, input, message FROM findings ORDER BY seq DESC LIMIT ?")) {
        ps.setInt(1, limit);
        List<Finding> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
        return out;
      }
    });
  }

  @Override
  public List<LabelCount> labelCounts(String kind, ArticleQuery filters, int limit) {
    return withConnection("count " + kind + " labels", c -> FacetQueries.labelCounts(c, kind, filters, limit));
  }

  @Override
  public long labelTotal(String kind, ArticleQuery filters) {
    return withConnection("count distinct " + kind + " labels", c -> FacetQueries.labelTotal(c, kind, filters));
  }

  @Override
  public List<LabelCount> outletCounts(ArticleQuery filters) {
    return withConnection("count articles per outlet", c -> FacetQueries.outletCounts(c, filters));
  }

  @Override
  public List<DayCount> articlesPerDay(ArticleQuery filters) {
    return withConnection("count articles per day", c -> FacetQueries.articlesPerDay(c, filters));
  }

  @Override
  public List<DayCount> actorRolesPerDay(String actor, ArticleQuery filters) {
    return withConnection("count roles of " + actor, c -> FacetQueries.actorRolesPerDay(c, actor, filters));
  }
}
