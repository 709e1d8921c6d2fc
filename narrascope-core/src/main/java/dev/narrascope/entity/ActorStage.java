package dev.narrascope.entity;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.CorpusStage;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import dev.narrascope.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes one canonical actor per real-world entity across the batch: names that one article could not
 * unify ("Reznikov" in one, "Aleksey Reznikov" in another, "Олексій Резніков" in a third) are merged by
 * gazetteer alias, transliterated key, and surname plus compatible given name; then
 * {@link EntityMention#canonical()}, {@link ActorFraming#actor()} and {@link Quote#speaker()} are renamed
 * consistently in every article. Run it after the per-article stages. Immutable; thread-safe.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().given(Keys.LANGUAGE).add(new EntityStage()).add(new QuoteStage()).add(new ActorStage()).build();
 * }</pre>
 */
public final class ActorStage implements CorpusStage {
  public static final String NAME = "actors";

  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.ACTORS);
  }

  @Override
  public List<Article> apply(List<Article> batch, Findings findings) {
    Map<String, ActorNames.Name> names = new LinkedHashMap<>();
    for (Article a : batch) {
      for (EntityMention m : a.analysis().entities()) ActorNames.count(names, m.canonical(), m.type(), m.text());
      for (ActorFraming f : a.analysis().actors()) ActorNames.count(names, f.actor(), null);
      for (Quote q : a.analysis().quotes()) if (q.speaker() != null) ActorNames.count(names, q.speaker(), "PERSON");
    }
    Map<String, String> rename = new ActorNames(gazetteer).resolve(names);
    List<Article> out = new ArrayList<>(batch.size());
    for (Article a : batch) out.add(renamed(a, rename));
    return out;
  }

  private static Article renamed(Article a, Map<String, String> rename) {
    Analysis an = a.analysis();
    List<EntityMention> entities = an.entities().stream()
        .map(m -> new EntityMention(m.text(), rename.getOrDefault(m.canonical(), m.canonical()), m.type(), m.start(), m.end()))
        .toList();
    List<Quote> quotes = an.quotes().stream()
        .map(q -> new Quote(q.text(), q.speaker() == null ? null : rename.getOrDefault(q.speaker(), q.speaker()),
            q.start(), q.end(), q.direct()))
        .toList();
    // Two framings of what turns out to be one actor become one, keeping the better-supported role.
    Map<String, ActorFraming> actors = new LinkedHashMap<>();
    for (ActorFraming f : an.actors()) {
      String name = rename.getOrDefault(f.actor(), f.actor());
      List<EntityMention> mentions = f.mentions().stream()
          .map(m -> new EntityMention(m.text(), rename.getOrDefault(m.canonical(), m.canonical()), m.type(), m.start(), m.end()))
          .toList();
      ActorFraming renamed = new ActorFraming(name, f.mainRole(), f.mainConfidence(), f.fineRoles(), mentions, f.framedConfidence());
      actors.merge(name, renamed, (x, y) -> {
        List<EntityMention> all = new ArrayList<>(x.mentions());
        all.addAll(y.mentions());
        ActorFraming best = better(x, y) ? x : y;
        return new ActorFraming(name, best.mainRole(), best.mainConfidence(), best.fineRoles(), all,
            Math.max(x.framedConfidence(), y.framedConfidence()));
      });
    }
    Analysis next = an.withEntities(entities).withQuotes(quotes).withActors(new ArrayList<>(actors.values()));
    return Objects.equals(next, an) ? a : a.withAnalysis(next);
  }

  /** A framed actor beats one not framed; between two framed ones, the more confident role wins. */
  private static boolean better(ActorFraming x, ActorFraming y) {
    if (x.framed() != y.framed()) return x.framed();
    return x.mainConfidence() >= y.mainConfidence();
  }
}
