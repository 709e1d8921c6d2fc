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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Article.EARLIEST_FIRST);
    List<LocalDate> dates = sorted.stream().map(Article::published).filter(d -> d != null).sorted().toList();
    LocalDate first = dates.isEmpty() ? null : dates.get(0);
    LocalDate last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
    String bucket = first != null && ChronoUnit.DAYS.between(first, last) > WEEKLY_MAX_DAYS ? "month" : "week";
    int n = sorted.size();
    List<NarrativeShare> mix = OutletComparator.narratives(sorted).stream()
        .map(u -> new NarrativeShare(u.label(), u.articles(), (double) u.articles() / n, u.meanConfidence())).toList();
    return new OutletProfile(outlet, n, first, last, n - dates.size(), languages(sorted), mix, actors(sorted), bucket,
        volume(dates, bucket), firstStories(sorted, story, storyArticles));
  }

  private static List<LanguageCount> languages(List<Article> articles) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Article a : articles) counts.merge(a.language() == null ? "unknown" : a.language(), 1, Integer::sum);
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new LanguageCount(e.getKey(), e.getValue())).toList();
  }

  private static List<ActorRoles> actors(List<Article> articles) {
    Map<String, Integer> count = new TreeMap<>();
    Map<String, Map<String, Integer>> roles = new TreeMap<>();
    for (Article a : articles) {
      for (ActorFraming f : a.analysis().actors()) {
        if (!f.framed()) continue;
        count.merge(f.actor(), 1, Integer::sum);
        roles.computeIfAbsent(f.actor(), k -> new TreeMap<>()).merge(f.mainRole(), 1, Integer::sum);
      }
    }
    return count.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new ActorRoles(e.getKey(), e.getValue(), roles.get(e.getKey()))).toList();
  }

  private static LocalDate bucketStart(LocalDate d, String bucket) {
    return bucket.equals("month") ? d.withDayOfMonth(1) : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static List<Bucket> volume(List<LocalDate> dates, String bucket) {
    if (dates.isEmpty()) return List.of();
    Map<LocalDate, Integer> counts = new TreeMap<>();
    for (LocalDate d : dates) counts.merge(bucketStart(d, bucket), 1, Integer::sum);
    List<Bucket> out = new ArrayList<>();
    LocalDate end = bucketStart(dates.get(dates.size() - 1), bucket);
    for (LocalDate b = bucketStart(dates.get(0), bucket); !b.isAfter(end); b = bucket.equals("month") ? b.plusMonths(1) : b.plusWeeks(1)) {
      out.add(new Bucket(b, counts.getOrDefault(b, 0)));
    }
    return out;
  }

  private static List<FirstStory> firstStories(List<Article> sorted, Function<String, Story> stories,
                                               Function<String, List<Article>> storyArticles) {
    // The outlet's earliest article per story (sorted is earliest first).
    Map<String, Article> earliest = new LinkedHashMap<>();
    for (Article a : sorted) if (a.analysis().storyId() != null) earliest.putIfAbsent(a.analysis().storyId(), a);
    Set<String> own = new HashSet<>();
    for (Article a : sorted) own.add(a.id());
    List<FirstStory> out = new ArrayList<>();
    earliest.forEach((id, mine) -> {
      Story s = stories.apply(id);
      if (s == null) return;
      // Cheap pre-check: an outlet whose earliest article comes after the story's first day did not break it.
      if (s.first() != null && (mine.published() == null || mine.published().isAfter(s.first()))) return;
      StoryPropagation.ArticleRef f = StoryPropagation.of(storyArticles.apply(id)).first();
      if (f != null && own.contains(f.id())) out.add(new FirstStory(id, s.headline(), s.size(), f));
    });
    out.sort(Comparator.comparing((FirstStory f) -> f.first().published(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> f.first().id()));
    return out;
  }
}
