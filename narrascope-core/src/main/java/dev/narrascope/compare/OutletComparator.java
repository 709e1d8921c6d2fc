package dev.narrascope.compare;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.compare.OutletComparison.ActorFrame;
import dev.narrascope.compare.OutletComparison.ArticleRef;
import dev.narrascope.compare.OutletComparison.Column;
import dev.narrascope.compare.OutletComparison.NarrativeUse;
import dev.narrascope.compare.OutletComparison.QuoteUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares how the outlets of one story tell it: per outlet its articles, the narratives they push
 * (from {@code Analysis.narratives}), how it frames each actor that at least two outlets frame
 * (from {@code Analysis.actors}), the quotes it carries, and its ten most distinctive words by
 * {@link LogOddsRatio weighted log-odds}. A pure function of the articles; stateless and thread-safe.
 *
 * <pre>{@code
 * OutletComparison c = OutletComparator.compare(store.find(ArticleQuery.all().withStory(id).page(0, 1000)));
 * c.outlets().get(0).distinctiveWords();
 * }</pre>
 */
public final class OutletComparator {
  /** Column name for articles whose outlet is unknown. */
  public static final String UNKNOWN_OUTLET = "(unknown outlet)";
  /** Words listed per outlet. */
  public static final int TOP_WORDS = 10;
  /** A narrative below this confidence counts only when it is the article's best one. */
  static final double NARRATIVE_MIN_CONFIDENCE = 0.5;

  private OutletComparator() {}

  public static OutletComparison compare(List<Article> articles) {
    Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
    for (Article a : articles) byOutlet.computeIfAbsent(a.outlet() == null ? UNKNOWN_OUTLET : a.outlet(), k -> new ArrayList<>()).add(a);
    List<String> outlets = new ArrayList<>(byOutlet.keySet());
    outlets.sort(Comparator.comparingInt((String o) -> -byOutlet.get(o).size()).thenComparing(o -> o));

    List<String> shared = sharedActors(byOutlet);
    Map<String, Map<String, Integer>> words = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    for (String o : outlets) {
      Map<String, Integer> counts = new HashMap<>();
      for (Article a : byOutlet.get(o)) LogOddsRatio.addAll(counts, WordCounts.of(a.title() + "\n" + a.text()));
      words.put(o, counts);
      LogOddsRatio.addAll(all, counts);
    }
    List<Column> columns = new ArrayList<>();
    for (String o : outlets) {
      List<Article> own = new ArrayList<>(byOutlet.get(o));
      own.sort(Article.EARLIEST_FIRST);
      columns.add(new Column(o, own.stream().map(a -> new ArticleRef(a.id(), a.title(), a.published())).toList(),
          narratives(own), shared.stream().map(actor -> frame(actor, own)).toList(), quotes(own),
          LogOddsRatio.top(words.get(o), all, TOP_WORDS)));
    }
    return new OutletComparison(columns, shared);
  }

  private static List<String> sharedActors(Map<String, List<Article>> byOutlet) {
    Map<String, Set<String>> outletsByActor = new HashMap<>();
    byOutlet.forEach((outlet, list) -> list.forEach(a -> a.analysis().actors().stream().filter(ActorFraming::framed)
        .forEach(f -> outletsByActor.computeIfAbsent(f.actor(), k -> new HashSet<>()).add(outlet))));
    return outletsByActor.entrySet().stream().filter(e -> e.getValue().size() >= 2)
        .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).toList();
  }

  /** Narratives of {@code articles}, most used first (also the mix of an {@link OutletProfile}). */
  static List<NarrativeUse> narratives(List<Article> articles) {
    NarrativeTally tally = new NarrativeTally();
    articles.forEach(tally::add);
    return tally.uses();
  }

  /** Counts narrative uses article by article, so a long list need not be held (see {@link #narratives}). */
  static final class NarrativeTally {
    private final Map<String, double[]> uses = new LinkedHashMap<>(); // label -> {articles, confidence sum}

    void add(Article a) {
      List<LabelScore> labels = a.analysis().namedNarratives();
      for (int i = 0; i < labels.size(); i++) {
        LabelScore l = labels.get(i);
        if (i > 0 && l.confidence() < NARRATIVE_MIN_CONFIDENCE) continue;
        double[] u = uses.computeIfAbsent(l.label(), k -> new double[2]);
        u[0]++;
        u[1] += l.confidence();
      }
    }

    List<NarrativeUse> uses() {
      return uses.entrySet().stream()
          .map(e -> new NarrativeUse(e.getKey(), (int) e.getValue()[0], e.getValue()[1] / e.getValue()[0]))
          .sorted(Comparator.comparingInt(NarrativeUse::articles).reversed()
              .thenComparing(Comparator.comparingDouble(NarrativeUse::meanConfidence).reversed())
              .thenComparing(NarrativeUse::label))
          .toList();
    }
  }

  private static ActorFrame frame(String actor, List<Article> articles) {
    Map<String, Double> roleWeight = new HashMap<>();
    Map<String, double[]> roleConfidence = new HashMap<>();
    Map<String, Integer> fine = new LinkedHashMap<>();
    int n = 0;
    for (Article a : articles) {
      for (ActorFraming f : a.analysis().actors()) {
        if (!f.framed() || !f.actor().equals(actor)) continue;
        n++;
        roleWeight.merge(f.mainRole(), f.mainConfidence(), Double::sum);
        double[] c = roleConfidence.computeIfAbsent(f.mainRole(), k -> new double[2]);
        c[0]++;
        c[1] += f.mainConfidence();
        f.fineRoles().forEach(r -> fine.merge(r, 1, Integer::sum));
      }
    }
    if (n == 0) return new ActorFrame(actor, null, 0, List.of(), 0);
    String main = roleWeight.entrySet().stream()
        .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
    double[] c = roleConfidence.get(main);
    List<String> fineRoles = fine.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).toList();
    return new ActorFrame(actor, main, c[1] / c[0], fineRoles, n);
  }

  private static List<QuoteUse> quotes(List<Article> articles) {
    Set<QuoteUse> out = new LinkedHashSet<>();
    for (Article a : articles) for (Quote q : a.analysis().quotes()) out.add(new QuoteUse(q.speaker(), q.text(), q.direct()));
    return List.copyOf(out);
  }
}
