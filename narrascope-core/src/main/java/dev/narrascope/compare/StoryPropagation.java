package dev.narrascope.compare;

import dev.narrascope.Article;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How one story spread: its first article, when each outlet carried it, and who reposted whom
 * (from {@code Analysis.repostOf}). Built by {@link #of}, a pure function of the story's articles;
 * immutable and thread-safe.
 *
 * <p>Order everywhere is "earliest first": by publication date, undated last, ties by id (the
 * order in which {@code MinHashNearDuplicates} picks a repost group's original); outlets in the
 * order of their earliest article.
 *
 * <pre>{@code
 * StoryPropagation p = StoryPropagation.of(store.find(ArticleQuery.all().withStory(id).page(0, 1000)));
 * p.first().outlet();                 // who published first
 * p.spread().get(1).lagDays();        // how many days later the second outlet picked it up
 * p.repostChains().get(0).copies();   // original -> copies, with the lag of each
 * }</pre>
 *
 * @param articles     how many (distinct) articles it was computed over
 * @param first        the story's first article, or {@code null} when there are no articles
 * @param spread       per outlet, in the order the outlets picked the story up (by their earliest article, so
 *                     the first is the first article's outlet; outlets with only undated articles last)
 * @param repostChains one chain per original that has copies in the story, earliest original first
 */
public record StoryPropagation(int articles, ArticleRef first, List<OutletSpread> spread, List<RepostChain> repostChains) {
  public StoryPropagation {
    spread = List.copyOf(spread);
    repostChains = List.copyOf(repostChains);
  }

  /**
   * An article as the propagation names it.
   *
   * @param id        article id
   * @param outlet    its outlet, or {@code null} when unknown (also when the article could not be read)
   * @param published its publication date, or {@code null}
   * @param title     its title, or {@code null} when the article could not be read
   */
  public record ArticleRef(String id, String outlet, LocalDate published, String title) {
    static ArticleRef of(Article a) {
      return new ArticleRef(a.id(), a.outlet(), a.published(), a.title());
    }
  }

  /** Articles an outlet published on one day. */
  public record DayCount(LocalDate day, int articles) {}

  /**
   * One outlet's share of the story over time.
   *
   * @param outlet   outlet name, or {@link OutletComparator#UNKNOWN_OUTLET}
   * @param articles its articles in the story
   * @param first    its earliest publication date, or {@code null} when all its articles are undated
   * @param last     its latest publication date, or {@code null}
   * @param lagDays  days from the story's first date to {@code first}, or {@code null} when either is unknown
   * @param undated  how many of its articles have no date (they are not in {@code days})
   * @param days     articles per publication day, oldest first (days without articles left out)
   */
  public record OutletSpread(String outlet, int articles, LocalDate first, LocalDate last, Integer lagDays, int undated,
                             List<DayCount> days) {
    public OutletSpread {
      days = List.copyOf(days);
    }
  }

  /**
   * One original and everything in the story that copies it, directly or through other copies.
   *
   * @param original        the article the chain starts from
   * @param originalInStory whether the original is one of the story's articles (otherwise it was
   *                        only named by a copy's {@code repostOf}; outlet, date and title are then
   *                        filled only when the caller could look it up)
   * @param copies          its copies in depth-first order (each copy directly before the copies of
   *                        it), siblings earliest first
   */
  public record RepostChain(ArticleRef original, boolean originalInStory, List<Copy> copies) {
    public RepostChain {
      copies = List.copyOf(copies);
    }
  }

  /**
   * One repost: {@code article} copies {@code copyOf}.
   *
   * @param article the copy
   * @param copyOf  what it copies (its {@code repostOf})
   * @param lagDays days from {@code copyOf}'s date to the copy's, or {@code null} when either is undated
   * @param depth   1 for a copy of the chain's original, 2 for a copy of such a copy, …
   */
  public record Copy(ArticleRef article, ArticleRef copyOf, Integer lagDays, int depth) {}

  /** The propagation of a story's articles; originals outside them are named by id only. */
  public static StoryPropagation of(List<Article> storyArticles) {
    return of(storyArticles, id -> null);
  }

  /**
   * The propagation of a story's articles.
   *
   * @param storyArticles the story's articles, any order (a repeated id counts once)
   * @param outside       looks up an original that copies name but that is not among {@code storyArticles}
   *                      (e.g. {@code id -> store.get(id).orElse(null)}); may return {@code null}. Such an
   *                      original only fills in outlet, date and title: it is neither the story's first
   *                      article nor part of its spread, and its own {@code repostOf} is not followed.
   */
  public static StoryPropagation of(List<Article> storyArticles, Function<String, Article> outside) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : storyArticles) byId.putIfAbsent(a.id(), a);
    List<Article> sorted = new ArrayList<>(byId.values());
    sorted.sort(Article.EARLIEST_FIRST);
    ArticleRef first = sorted.isEmpty() ? null : ArticleRef.of(sorted.get(0));
    return new StoryPropagation(sorted.size(), first, spread(sorted), chains(sorted, byId, outside));
  }

  private static List<OutletSpread> spread(List<Article> sorted) {
    LocalDate storyFirst = sorted.isEmpty() ? null : sorted.get(0).published();
    // In order of each outlet's earliest article, so the first outlet is the first article's.
    Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
    for (Article a : sorted) {
      byOutlet.computeIfAbsent(a.outlet() == null ? OutletComparator.UNKNOWN_OUTLET : a.outlet(), k -> new ArrayList<>()).add(a);
    }
    List<OutletSpread> out = new ArrayList<>();
    byOutlet.forEach((outlet, list) -> {
      TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
      int undated = 0;
      for (Article a : list) {
        if (a.published() == null) undated++;
        else perDay.merge(a.published(), 1, Integer::sum);
      }
      LocalDate first = perDay.isEmpty() ? null : perDay.firstKey();
      LocalDate last = perDay.isEmpty() ? null : perDay.lastKey();
      out.add(new OutletSpread(outlet, list.size(), first, last, days(storyFirst, first), undated,
          perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList()));
    });
    return out;
  }

  private static List<RepostChain> chains(List<Article> sorted, Map<String, Article> byId, Function<String, Article> outside) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) rank.put(sorted.get(i).id(), i);
    // Each copy's chain root: follow repostOf through the story until an article that copies
    // nothing, or one outside the story. A cycle (never produced by the pipeline) is cut at its
    // earliest member, which becomes the root.
    Map<String, String> rootOf = new HashMap<>();
    Set<String> cutAt = new HashSet<>();
    for (Article a : sorted) {
      if (a.analysis().repostOf() == null) continue;
      List<String> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>();
      String cur = a.id();
      String root;
      while (true) {
        if (rootOf.containsKey(cur)) { root = rootOf.get(cur); break; }
        Integer seen = onPath.get(cur);
        if (seen != null) {
          root = path.subList(seen, path.size()).stream().min(Comparator.comparingInt(rank::get)).orElseThrow();
          cutAt.add(root);
          break;
        }
        onPath.put(cur, path.size());
        path.add(cur);
        Article at = byId.get(cur);
        if (at == null || at.analysis().repostOf() == null) { root = cur; break; }
        cur = at.analysis().repostOf();
      }
      for (String p : path) rootOf.putIfAbsent(p, root);
    }
    // Copies by what they copy, earliest first; the articles a cycle was cut at copy nothing here.
    Map<String, List<Article>> children = new HashMap<>();
    Set<String> roots = new LinkedHashSet<>();
    for (Article a : sorted) {
      String parent = a.analysis().repostOf();
      if (parent == null || cutAt.contains(a.id())) continue;
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
      roots.add(rootOf.get(a.id()));
    }
    Map<String, ArticleRef> refs = new HashMap<>();
    Function<String, ArticleRef> ref = id -> refs.computeIfAbsent(id, k -> {
      Article a = byId.containsKey(k) ? byId.get(k) : outside.apply(k);
      return a == null ? new ArticleRef(k, null, null, null) : ArticleRef.of(a);
    });
    List<RepostChain> out = new ArrayList<>();
    for (String root : roots) {
      List<Copy> copies = new ArrayList<>();
      walk(root, children, ref, copies);
      out.add(new RepostChain(ref.apply(root), byId.containsKey(root), copies));
    }
    out.sort(Comparator.comparing((RepostChain c) -> c.original().published(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(c -> c.original().id()));
    return out;
  }

  /** Depth-first from {@code root}: each copy, then the copies of it (iterative: chains may be long). */
  private static void walk(String root, Map<String, List<Article>> children, Function<String, ArticleRef> ref, List<Copy> out) {
    Deque<Step> stack = new ArrayDeque<>();
    push(stack, root, 1, children);
    while (!stack.isEmpty()) {
      Step s = stack.pop();
      ArticleRef of = ref.apply(s.parent());
      out.add(new Copy(ref.apply(s.copy().id()), of, days(of.published(), s.copy().published()), s.depth()));
      push(stack, s.copy().id(), s.depth() + 1, children);
    }
  }

  /** Pushes the copies of {@code parent} so that the earliest is popped first. */
  private static void push(Deque<Step> stack, String parent, int depth, Map<String, List<Article>> children) {
    List<Article> kids = children.getOrDefault(parent, List.of());
    for (int i = kids.size() - 1; i >= 0; i--) stack.push(new Step(kids.get(i), parent, depth));
  }

  private record Step(Article copy, String parent, int depth) {}

  private static Integer days(LocalDate from, LocalDate to) {
    return from == null || to == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(from, to));
  }
}
