package dev.narrascope.app.review;

import dev.narrascope.Article;
import dev.narrascope.app.analysis.StoredArticles;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The articles to check first: those matching the filters, least sure first ({@link Uncertainty}),
 * ties by id; articles with a correction in force (or marked reviewed) and articles without model
 * output are left out. Shared by {@code narrascope review} and {@code GET /api/review}. Stateless.
 *
 * <p>Cost: every matching article is read and scored on each call (one page of them in memory at a
 * time, plus the {@code offset + limit} kept), since the scores are not stored; fine for the stores
 * one analyst reviews, and the filters narrow it.
 *
 * <pre>{@code
 * ReviewQueue.Page next = ReviewQueue.page(store, ArticleQuery.all().withLanguage("en").page(0, 20));
 * }</pre>
 */
public final class ReviewQueue {
  /** Least sure first, then by id so pages are stable. */
  static final Comparator<Item> ORDER = Comparator.comparingDouble(Item::uncertainty).reversed().thenComparing(Item::id);

  private ReviewQueue() {}

  /** One article in the queue: what a row shows, its uncertainty and the least sure decision behind it. */
  public record Item(String id, String title, String outlet, LocalDate published, String language, double uncertainty,
                     String reason) {
    static Item of(Article a, Uncertainty u) {
      return new Item(a.id(), a.title(), a.outlet(), a.published(), a.language(), Math.round(u.score() * 1000) / 1000.0, u.reason());
    }
  }

  /** The page {@code query.offset()}, {@code query.limit()} of the queue, and how many articles it holds in all. */
  public record Page(List<Item> items, long total) {}

  public static Page page(ArticleStore store, ArticleQuery query) {
    // Any correction is in force (the latest of its kind and target always is), "reviewed" included.
    Set<String> leftOut = store.allCorrections().stream().map(Correction::articleId).collect(Collectors.toSet());
    int keep = query.offset() + query.limit();
    // The most uncertain `keep` so far; its head is the surest of them, the first to drop.
    PriorityQueue<Item> top = new PriorityQueue<>(ORDER.reversed());
    long[] total = {0};
    StoredArticles.forEach(store, query, a -> {
      if (leftOut.contains(a.id())) return;
      Uncertainty.of(a.analysis()).ifPresent(u -> {
        total[0]++;
        top.add(Item.of(a, u));
        if (top.size() > keep) top.poll();
      });
    });
    List<Item> ranked = new ArrayList<>(top);
    ranked.sort(ORDER);
    return new Page(ranked.subList(Math.min(query.offset(), ranked.size()), ranked.size()), total[0]);
  }
}
