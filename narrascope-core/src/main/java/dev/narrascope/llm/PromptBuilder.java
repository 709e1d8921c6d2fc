package dev.narrascope.llm;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.framing.Roles;
import dev.narrascope.narrative.Taxonomy;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the prompt for one article: instructions, the answer's JSON shape, every label of the
 * taxonomy (with its definition when known) and the role list, then the article with the actors the
 * entity and framing stages found. Immutable; thread-safe.
 */
final class PromptBuilder {
  /** Changes whenever the wording or the answer's shape changes, so that cached answers are not reused. */
  static final String VERSION = "1";
  /**
   * Long articles are cut here (about 3,000 tokens of English, more in Cyrillic or Devanagari script): with the
   * taxonomy's ~2,500 tokens (~5,000 with definitions) a prompt fits a 16k context.
   */
  static final int MAX_ARTICLE_CHARS = 12_000;

  private final String system;

  PromptBuilder(Taxonomy taxonomy, Definitions definitions) {
    this.system = system(taxonomy, definitions);
  }

  Prompt build(Article article) {
    StringBuilder u = new StringBuilder();
    u.append("Language: ").append(article.language().toUpperCase(Locale.ROOT)).append('\n');
    if (!article.analysis().actors().isEmpty()) {
      u.append("Actors: ").append(article.analysis().actors().stream().map(ActorFraming::actor).collect(Collectors.joining("; "))).append('\n');
    }
    u.append('\n');
    if (!article.title().isBlank()) u.append(article.title().strip()).append("\n\n");
    String text = article.text();
    u.append(text.length() <= MAX_ARTICLE_CHARS ? text : text.substring(0, MAX_ARTICLE_CHARS) + " […]");
    return new Prompt(system, u.toString());
  }

  private static String system(Taxonomy taxonomy, Definitions definitions) {
    StringBuilder s = new StringBuilder();
    s.append("""
        You label news articles for the propaganda narratives they push and for how they frame actors.
        Answer with one JSON object and nothing else, in this shape:
        {"narratives": ["<narrative>", ...], "subNarratives": ["<sub-narrative>", ...],
         "dominantNarrative": "<narrative>", "dominantSubNarrative": "<sub-narrative>",
         "explanation": "<why the article pushes its dominant narrative, at most 80 words, in the article's language>",
         "evidence": ["<a sentence copied verbatim from the article>", ...],
         "actors": [{"name": "<actor as listed>", "mainRole": "<main role>", "fineRoles": ["<fine role>", ...]}]}
        Rules:
        - Use only the labels listed below, spelt exactly as listed.
        - List every narrative the article pushes, not only the dominant one; list the narrative of every sub-narrative.
        - When a narrative is pushed but none of its sub-narratives fits, use its "<narrative>: Other".
        - An article that pushes none of the narratives gets "narratives": ["Other"], "subNarratives": ["Other"] and "Other" as dominant.
        - evidence: up to 3 sentences of the article, copied exactly, that show the dominant narrative.
        - actors: only the actors listed with the article; for each one the article frames, its main role and its fine roles from
          that main role's list; leave out actors the article does not frame.

        Narratives and their sub-narratives:
        """);
    for (String n : taxonomy.narratives()) {
      s.append("- ").append(n).append(definition(definitions, n)).append('\n');
      for (String sub : taxonomy.subNarrativesOf(n)) s.append("  - ").append(sub).append(definition(definitions, sub)).append('\n');
    }
    s.append("\nMain roles and their fine roles:\n");
    for (String main : Roles.MAIN) s.append("- ").append(main).append(": ").append(String.join(", ", Roles.fineRoles(main))).append('\n');
    return s.toString();
  }

  private static String definition(Definitions definitions, String label) {
    String d = definitions.of(label);
    return d == null ? "" : " (" + d + ")";
  }
}
