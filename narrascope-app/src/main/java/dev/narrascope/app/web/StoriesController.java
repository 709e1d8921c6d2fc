package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Story;
import dev.narrascope.app.analysis.OutletProfiles;
import dev.narrascope.compare.OutletComparator;
import dev.narrascope.compare.OutletComparison;
import dev.narrascope.compare.StoryPropagation;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/stories}: stories biggest first, one story with its articles and propagation, and its outlet comparison. */
final class StoriesController {
  /** Articles loaded for one story page or comparison; bigger stories are cut (and say so). */
  static final int MAX_STORY_ARTICLES = 500;
  /** Articles a story's propagation is computed over: a bigger story's earliest (and undated) ones; it says how many. */
  static final int MAX_PROPAGATION_ARTICLES = 2000;
  private final ArticleStore store;

  StoriesController(ArticleStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    ctx.json(Dtos.Page.of(store.stories(offset, limit + 1), offset, limit, store.storyCount()));
  }

  /** The story, its first articles as summaries, the core {@link StoryPropagation} of its articles, and its history. */
  void one(Context ctx) {
    Story s = story(ctx);
    List<Article> inStory = propagationArticles(s);
    StoryPropagation propagation = StoryPropagation.of(inStory, id -> store.get(id).orElse(null));
    ctx.json(new Dtos.StoryView(s, articles(s, inStory).stream().map(Dtos.ArticleSummary::of).toList(), propagation,
        Dtos.OutletCount.of(OutletProfiles.silentOutlets(store, s)), store.storyHistory(s.id())));
  }

  /** The core {@link OutletComparator} over the story's articles, with the story itself for the page header. */
  void compare(Context ctx) {
    Story s = story(ctx);
    OutletComparison c = OutletComparator.compare(store.find(ArticleQuery.all().withStory(s.id()).page(0, MAX_STORY_ARTICLES)));
    ctx.json(new Dtos.StoryComparison(s, c.outlets(), c.sharedActors()));
  }

  /** The story the path names, or the one it went into (merged or re-clustered): an id kept from an earlier report still leads there. */
  private Story story(Context ctx) {
    String id = Params.path(ctx, "id");
    return store.currentStory(id).orElseThrow(() -> ApiException.notFound("no story with id " + Params.abbreviate(id)));
  }

  /**
   * The story's articles through the query API. {@code find} lists newest first, undated last, so a
   * story bigger than {@link #MAX_PROPAGATION_ARTICLES} keeps its last page: its earliest and undated articles.
   */
  private List<Article> propagationArticles(Story s) {
    ArticleQuery q = ArticleQuery.all().withStory(s.id());
    List<Article> page = store.find(q.page(0, MAX_PROPAGATION_ARTICLES));
    if (page.size() < MAX_PROPAGATION_ARTICLES) return page;
    long total = store.count(q);
    return total <= MAX_PROPAGATION_ARTICLES ? page
        : store.find(q.page((int) Math.min(Integer.MAX_VALUE, total - MAX_PROPAGATION_ARTICLES), MAX_PROPAGATION_ARTICLES));
  }

  /** The first {@link #MAX_STORY_ARTICLES} of the story's articles in its order, taken from {@code loaded} where there. */
  private List<Article> articles(Story s, List<Article> loaded) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : loaded) byId.put(a.id(), a);
    List<Article> out = new ArrayList<>();
    for (String id : s.articleIds()) {
      if (out.size() == MAX_STORY_ARTICLES) break;
      Optional<Article> a = Optional.ofNullable(byId.get(id)).or(() -> store.get(id));
      a.ifPresent(out::add);
    }
    return out;
  }
}
