package dev.narrascope.app.web;

import dev.narrascope.Article;
import dev.narrascope.Story;
import dev.narrascope.compare.OutletComparator;
import dev.narrascope.compare.OutletComparison;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.store.ArticleStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /api/stories}: stories biggest first, one story with its articles, and its outlet comparison. */
final class StoriesController {
  /** Articles loaded for one story page or comparison; bigger stories are cut (and say so). */
  static final int MAX_STORY_ARTICLES = 500;
  private final ArticleStore store;

  StoriesController(ArticleStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    ctx.json(Dtos.Page.of(store.stories(offset, limit + 1), offset, limit, null));
  }

  void one(Context ctx) {
    Story s = story(ctx);
    ctx.json(new Dtos.StoryView(s, articles(s).stream().map(Dtos.ArticleSummary::of).toList()));
  }

  /** The core {@link OutletComparator} over the story's articles, with the story itself for the page header. */
  void compare(Context ctx) {
    Story s = story(ctx);
    OutletComparison c = OutletComparator.compare(store.find(ArticleQuery.all().withStory(s.id()).page(0, MAX_STORY_ARTICLES)));
    ctx.json(new Dtos.StoryComparison(s, c.outlets(), c.sharedActors()));
  }

  private Story story(Context ctx) {
    String id = Params.path(ctx, "id");
    return store.story(id).orElseThrow(() -> ApiException.notFound("no story with id " + Params.abbreviate(id)));
  }

  private List<Article> articles(Story s) {
    List<Article> out = new ArrayList<>();
    for (String id : s.articleIds()) {
      if (out.size() == MAX_STORY_ARTICLES) break;
      Optional<Article> a = store.get(id);
      a.ifPresent(out::add);
    }
    return out;
  }
}
