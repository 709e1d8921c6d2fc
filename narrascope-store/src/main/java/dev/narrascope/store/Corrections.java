package dev.narrascope.store;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.EntityMention;
import dev.narrascope.Explanation;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.narrative.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies analysts' corrections to an analysis: which corrections are in force, and the analysis they
 * give. The store calls this every time it writes an article, so a re-analysis or a re-clustering
 * keeps them; the API uses {@link #quoteIndex} and {@link #actorIndex} to mark corrected items.
 * Stateless and thread-safe. Story corrections are the store's (they move the article between stories).
 */
public final class Corrections {
  /** Confidence of a corrected label: a person said so. */
  static final double CORRECTED_CONFIDENCE = 1.0;

  private Corrections() {}

  /** The corrections in force among {@code all} (one article's or many): the latest per (article, kind, target), oldest first. */
  public static List<Correction> inForce(Collection<Correction> all) {
    Map<List<String>, Correction> latest = new LinkedHashMap<>();
    for (Correction c : all) {
      List<String> key = Arrays.asList(c.articleId(), c.kind(), c.target());
      Correction had = latest.get(key);
      if (had == null || had.id() < c.id()) latest.put(key, c);
    }
    return latest.values().stream().sorted(Comparator.comparingLong(Correction::id)).toList();
  }

  /** The analysis with {@code inForce} (one article's corrections in force, oldest first) applied; story corrections are left to the store. */
  public static Analysis apply(Analysis analysis, List<Correction> inForce) {
    Analysis out = analysis;
    for (Correction c : inForce) {
      switch (c.kind()) {
        case Correction.NARRATIVES -> out = narratives(out, c);
        case Correction.ROLE -> out = out.withActors(role(out.actors(), c));
        case Correction.SPEAKER -> out = out.withQuotes(speaker(out.quotes(), c));
        default -> { } // story: moved by the store; reviewed: changes no label
      }
    }
    return out;
  }

  private static Analysis narratives(Analysis a, Correction c) {
    List<String> coarse = c.list("narratives");
    List<String> fine = c.list("subNarratives");
    if (coarse.isEmpty()) coarse = List.of(Taxonomy.OTHER);
    List<LabelScore> narratives = coarse.stream().map(l -> new LabelScore(l, CORRECTED_CONFIDENCE)).toList();
    List<LabelScore> subNarratives = new ArrayList<>(fine.stream().map(l -> new LabelScore(l, CORRECTED_CONFIDENCE)).toList());
    // The SemEval files give every narrative at least its "…: Other" sub-narrative; so do corrections.
    for (String n : coarse) {
      boolean hasSub = fine.stream().anyMatch(s -> s.startsWith(n + ": "));
      if (!hasSub && !LabelScore.isOther(n)) subNarratives.add(new LabelScore(Taxonomy.otherOf(n), CORRECTED_CONFIDENCE));
    }
    if (subNarratives.isEmpty()) subNarratives.add(new LabelScore(Taxonomy.OTHER, CORRECTED_CONFIDENCE));
    Explanation e = a.explanation();
    // The model's explanation argues for its dominant narrative; keep it only while that is still one of the article's.
    if (e != null && !coarse.contains(e.narrative())) {
      String dominant = coarse.get(0);
      String sub = subNarratives.stream().map(LabelScore::label).filter(s -> s.startsWith(dominant + ": ")).findFirst()
          .orElse(Taxonomy.OTHER);
      e = new Explanation(dominant, sub, "Narratives corrected by " + c.author() + ".", List.of());
    }
    return a.withNarratives(narratives, subNarratives).withExplanation(e);
  }

  private static List<ActorFraming> role(List<ActorFraming> actors, Correction c) {
    String actor = c.text("actor");
    String role = c.text("role");
    List<ActorFraming> out = new ArrayList<>(actors);
    int i = actorIndex(actors, actor);
    List<EntityMention> mentions = i < 0 ? List.of() : actors.get(i).mentions();
    String name = i < 0 ? actor : actors.get(i).actor();
    ActorFraming corrected = Correction.NOT_FRAMED.equalsIgnoreCase(role)
        ? ActorFraming.notFramed(name, mentions, 0)
        : new ActorFraming(name, role, CORRECTED_CONFIDENCE, c.list("subRoles"), mentions, CORRECTED_CONFIDENCE);
    if (i < 0) out.add(corrected);
    else out.set(i, corrected);
    return out;
  }

  private static List<Quote> speaker(List<Quote> quotes, Correction c) {
    int i = quoteIndex(quotes, c);
    if (i < 0) return quotes; // the quote is gone from a re-analysed text: nothing left to correct
    List<Quote> out = new ArrayList<>(quotes);
    Quote q = quotes.get(i);
    out.set(i, new Quote(q.text(), c.text("speaker"), q.start(), q.end(), q.direct()));
    return out;
  }

  /** The index of the actor named {@code actor} (ignoring case), or -1. */
  public static int actorIndex(List<ActorFraming> actors, String actor) {
    for (int i = 0; i < actors.size(); i++) if (actors.get(i).actor().equalsIgnoreCase(actor)) return i;
    return -1;
  }

  /**
   * The quote a speaker correction is about: the one at the offsets it recorded (a re-analysis may
   * find more or fewer quotes before it), else the one at its index; -1 when neither is there.
   */
  public static int quoteIndex(List<Quote> quotes, Correction c) {
    int start = c.value().path("start").asInt(-1);
    int end = c.value().path("end").asInt(-1);
    for (int i = 0; i < quotes.size(); i++) if (quotes.get(i).start() == start && quotes.get(i).end() == end) return i;
    int index = c.value().path("quote").asInt(-1);
    return start < 0 && index >= 0 && index < quotes.size() ? index : -1;
  }

  /** The story a story correction moves its article to. */
  static Optional<String> story(Correction c) {
    return Correction.STORY.equals(c.kind()) ? Optional.ofNullable(c.text("story")) : Optional.empty();
  }
}
