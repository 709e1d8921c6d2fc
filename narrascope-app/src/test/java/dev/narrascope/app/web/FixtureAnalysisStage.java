package dev.narrascope.app.web;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.ArticleStage;
import dev.narrascope.Evidence;
import dev.narrascope.Explanation;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import java.util.List;
import java.util.Set;

/**
 * A real, deterministic analysis stage for server tests: it takes the narrative, actor and role
 * from the article's own metadata (extra JSON fields the test posts), marks the first sentence as
 * evidence and the first "…" span as a quote; the narrative's confidence is the {@code confidence} field (default 0.9). It stands in for the trained stages, which other
 * modules test, so API and dashboard tests can assert exact analysis content.
 */
final class FixtureAnalysisStage implements ArticleStage {
  @Override
  public String name() {
    return "fixtureAnalysis";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.LANGUAGE, Keys.NARRATIVES, Keys.EXPLANATION, Keys.FRAMING, Keys.QUOTES);
  }

  @Override
  public Article apply(Article a, Findings findings) {
    String narrative = a.metadata().get("narrative");
    String actor = a.metadata().get("actor");
    String role = a.metadata().getOrDefault("role", "Antagonist");
    String text = a.text();
    int dot = text.indexOf('.');
    int sentenceEnd = dot < 0 ? text.length() : dot + 1;
    Analysis an = a.analysis();
    if (narrative != null) {
      an = an.withNarratives(List.of(new LabelScore(narrative, Double.parseDouble(a.metadata().getOrDefault("confidence", "0.9")))), List.of())
          .withExplanation(new Explanation(narrative, "Other", "Because the first sentence says so.",
              List.of(new Evidence(0, sentenceEnd, text.substring(0, sentenceEnd)))));
    }
    if (actor != null) an = an.withActors(List.of(new ActorFraming(actor, role, 0.8, List.of(), List.of(), 1.0)));
    int open = text.indexOf('"');
    int close = open < 0 ? -1 : text.indexOf('"', open + 1);
    if (close > open + 1) an = an.withQuotes(List.of(new Quote(text.substring(open + 1, close), actor, open + 1, close, true)));
    return a.withLanguage("en", 0.99).withAnalysis(an);
  }
}
