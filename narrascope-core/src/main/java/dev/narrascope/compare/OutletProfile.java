package dev.narrascope.compare;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.Story;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One outlet over all its articles: volume, languages, narrative mix, how it frames actors, its
 * volume over time and the stories it published first. Built by {@link #of}, a pure function of
 * the outlet's articles and a story lookup; immutable.
 *
 * @param outlet      the outlet's name
 * @param articles    its articles
 * @param first       its earliest publication date, or {@code null} when all are undated
 * @param last        its latest publication date, or {@code null}
 * @param undated     how many of its articles have no date (they are not in {@code volume})
 * @param languages   articles per language, most first ({@code "unknown"} for none)
 * @param narratives  share of its articles per named narrative ("Other" never listed; an article counts
 *                    for its best narrative and for every other one it has at confidence 0.5 or more,
 *                    as in {@link OutletComparator}), most used first
 * @param actors      per framed actor: its articles and how many of them give it each main role, most articles first
 * @param bucket      {@code "week"} (weeks start on Monday) or {@code "month"}: months when its dated
 *                    articles span more than {@link #WEEKLY_MAX_DAYS} days
 * @param volume      articles per bucket from the first to the last date, empty buckets included
 * @param firstStories the stories whose first article (by {@link StoryPropagation#first()}) is one of its, earliest first
 */
public record OutletProfile(String outlet, int articles, LocalDate first, LocalDate last, int undated,
                            List<LanguageCount> languages, List<NarrativeShare> narratives, List<ActorRoles> actors,
                            String bucket, List<Bucket> volume, List<FirstStory> firstStories) {
  /** Dated articles spanning at most this many days are bucketed by week, longer spans by month. */
  public static final int WEEKLY_MAX_DAYS = 120;

  public OutletProfile {
    languages = List.copyOf(languages);
    narratives = List.copyOf(narratives);
    actors = List.copyOf(actors);
    volume = List.copyOf(volume);
    firstStories = List.copyOf(firstStories);
  }

  public record LanguageCount(String language, int articles) {}

  /** @param share {@code articles} over all the outlet's articles */
  public record NarrativeShare(String label, int articles, double share, double meanConfidence) {}

  /** @param roles articles per main role, by role name */
  public record ActorRoles(String actor, int articles, Map<String, Integer> roles) {
    public ActorRoles {
      roles = Collections.unmodifiableMap(new TreeMap<>(roles));
    }
  }

  /** Articles in the week or month starting on {@code start}. */
  public record Bucket(LocalDate start, int articles) {}

  /**
   * A story this outlet broke.
   *
   * @param storyArticles the story's size
   * @param first         the outlet's article that is the story's first
   */
  public record FirstStory(String storyId, String headline, int storyArticles, StoryPropagation.ArticleRef first) {}

  /**
   * The profile of {@code outlet}.
   *
   * @param articles      the outlet's articles, any order
   * @param story         the stored story of an id, or {@code null} when unknown
   * @param storyArticles all the articles of a story, asked only for stories where one of the outlet's
   *                      articles is dated on the story's first day (or the story's first date is unknown)
   */
  public static OutletProfile of(String outlet, List<Article> articles, Function<String, Story> story,
                                 Function<String, List<Article>> storyArticles) {
    Builder b = builder(outlet);
    articles.forEach(b::add);
    return b.build(story, storyArticles);
  }

  /** A profile built article by article: what it keeps is counts, not the articles (a store's outlet may hold millions). */
  public static Builder builder(String outlet) {
    return new Builder(outlet);
  }

  /** Accumulates one outlet's articles, any order; not thread-safe. */
  public static final class Builder {
    private final String outlet;
    private int articles;
    private final TreeMap<LocalDate, Integer> days = new TreeMap<>();
    private final Map<String, Integer> languages = new TreeMap<>();
    private final OutletComparator.NarrativeTally narratives = new OutletComparator.NarrativeTally();
    private final Map<String, Integer> actorArticles = new TreeMap<>();
    private final Map<String, Map<String, Integer>> actorRoles = new TreeMap<>();
    /** The outlet's earliest article per story (ordered as {@link Article#EARLIEST_FIRST}). */
    private final Map<String, Dated> earliest = new HashMap<>();

    private Builder(String outlet) {
      this.outlet = outlet;
    }

    public Builder add(Article a) {
      articles++;
      if (a.published() != null) days.merge(a.published(), 1, Integer::sum);
      languages.merge(a.language() == null ? "unknown" : a.language(), 1, Integer::sum);
      narratives.add(a);
      for (ActorFraming f : a.analysis().actors()) {
        if (!f.framed()) continue;
        actorArticles.merge(f.actor(), 1, Integer::sum);
        actorRoles.computeIfAbsent(f.actor(), k -> new TreeMap<>()).merge(f.mainRole(), 1, Integer::sum);
      }
      String storyId = a.analysis().storyId();
      if (storyId != null) earliest.merge(storyId, new Dated(a.id(), a.published()), (x, y) -> Dated.EARLIEST_FIRST.compare(x, y) <= 0 ? x : y);
      return this;
    }

    /** How many articles were added so far. */
    public int articles() {
      return articles;
    }

    /** The profile; see {@link OutletProfile#of} for the two lookups. */
    public OutletProfile build(Function<String, Story> story, Function<String, List<Article>> storyArticles) {
      LocalDate first = days.isEmpty() ? null : days.firstKey();
      LocalDate last = days.isEmpty() ? null : days.lastKey();
      int dated = days.values().stream().mapToInt(Integer::intValue).sum();
      String bucket = first != null && ChronoUnit.DAYS.between(first, last) > WEEKLY_MAX_DAYS ? "month" : "week";
      List<NarrativeShare> mix = narratives.uses().stream()
          .map(u -> new NarrativeShare(u.label(), u.articles(), (double) u.articles() / articles, u.meanConfidence())).toList();
      return new OutletProfile(outlet, articles, first, last, articles - dated, languages(), mix, actors(), bucket,
          volume(bucket), firstStories(story, storyArticles));
    }

    private List<LanguageCount> languages() {
      return mostFirst(languages).stream().map(e -> new LanguageCount(e.getKey(), e.getValue())).toList();
    }

    private List<ActorRoles> actors() {
      return mostFirst(actorArticles).stream().map(e -> new ActorRoles(e.getKey(), e.getValue(), actorRoles.get(e.getKey()))).toList();
    }

    private static List<Map.Entry<String, Integer>> mostFirst(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
    }

    private List<Bucket> volume(String bucket) {
      if (days.isEmpty()) return List.of();
      Map<LocalDate, Integer> counts = new TreeMap<>();
      days.forEach((d, n) -> counts.merge(bucketStart(d, bucket), n, Integer::sum));
      List<Bucket> out = new ArrayList<>();
      LocalDate end = bucketStart(days.lastKey(), bucket);
      for (LocalDate b = bucketStart(days.firstKey(), bucket); !b.isAfter(end);
           b = bucket.equals("month") ? b.plusMonths(1) : b.plusWeeks(1)) {
        out.add(new Bucket(b, counts.getOrDefault(b, 0)));
      }
      return out;
    }

    private List<FirstStory> firstStories(Function<String, Story> stories, Function<String, List<Article>> storyArticles) {
      List<FirstStory> out = new ArrayList<>();
      earliest.forEach((id, mine) -> {
        Story s = stories.apply(id);
        if (s == null) return;
        // Cheap pre-check: an outlet whose earliest article comes after the story's first day did not break it.
        if (s.first() != null && (mine.published() == null || mine.published().isAfter(s.first()))) return;
        // The story's first article is this outlet's only if it is the outlet's earliest one in the story
        // (StoryPropagation orders by date, then id, as EARLIEST_FIRST does).
        StoryPropagation.ArticleRef f = StoryPropagation.of(storyArticles.apply(id)).first();
        if (f != null && f.id().equals(mine.id())) out.add(new FirstStory(id, s.headline(), s.size(), f));
      });
      out.sort(Comparator.comparing((FirstStory f) -> f.first().published(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(f -> f.first().id()));
      return out;
    }
  }

  /** What the story check keeps of an article. */
  private record Dated(String id, LocalDate published) {
    static final Comparator<Dated> EARLIEST_FIRST = Comparator
        .comparing(Dated::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Dated::id);
  }

  private static LocalDate bucketStart(LocalDate d, String bucket) {
    return bucket.equals("month") ? d.withDayOfMonth(1) : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
