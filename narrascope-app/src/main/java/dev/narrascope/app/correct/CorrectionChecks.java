package dev.narrascope.app.correct;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.framing.Roles;
import dev.narrascope.narrative.Taxonomy;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a correction against the taxonomy and the article it corrects before it is stored, so the
 * store never holds a label the product cannot show: narratives and sub-narratives of the taxonomy
 * (each sub-narrative under one of the given narratives), an actor the article names with a main role
 * (or {@code none}) and fine roles of that role, a quote index within the article's quotes, a story
 * that exists. Thread-safe.
 *
 * <pre>{@code
 * new CorrectionChecks(Taxonomy.defaults(), store).check(correction, article); // IllegalArgumentException naming the problem
 * }</pre>
 */
public final class CorrectionChecks {
  private final Taxonomy taxonomy;
  private final ArticleStore store;

  public CorrectionChecks(Taxonomy taxonomy, ArticleStore store) {
    this.taxonomy = taxonomy;
    this.store = store;
  }

  /**
   * A speaker correction of quote {@code quote} (its index in the article's quotes), recording the
   * quote's offsets so it is found again after a re-analysis.
   *
   * @throws IllegalArgumentException when the article has no such quote
   */
  public static Correction speaker(Article article, String author, int quote, String speaker) {
    checkQuote(article, quote, Integer.toString(quote));
    var q = article.analysis().quotes().get(quote);
    return Correction.speaker(article.id(), author, quote, q.start(), q.end(), speaker);
  }

  /**
   * A role correction of {@code actor} as the article spells it (matched ignoring case), so later
   * corrections of the same actor supersede it however they are typed.
   */
  public static Correction role(Article article, String author, String actor, String role, List<String> subRoles) {
    String name = actors(article).stream().filter(actor::equalsIgnoreCase).findFirst().orElse(actor);
    return Correction.role(article.id(), author, name, role, subRoles);
  }

  /** @throws IllegalArgumentException saying what is wrong with {@code c} for {@code article} */
  public void check(Correction c, Article article) {
    switch (c.kind()) {
      case Correction.NARRATIVES -> narratives(c.list("narratives"), c.list("subNarratives"));
      case Correction.ROLE -> role(c, article);
      case Correction.SPEAKER -> speaker(c, article);
      case Correction.STORY -> {
        String story = c.text("story");
        if (story == null || story.isBlank()) throw new IllegalArgumentException("a story correction needs \"story\"");
        if (store.story(story).isEmpty()) throw new IllegalArgumentException("unknown story '" + story + "'");
      }
      default -> { } // reviewed: nothing to check
    }
  }

  private void narratives(List<String> narratives, List<String> subNarratives) {
    for (String n : narratives) {
      if (!Taxonomy.OTHER.equals(n) && !taxonomy.isNarrative(n)) throw new IllegalArgumentException("unknown narrative '" + n + "'");
    }
    if (narratives.contains(Taxonomy.OTHER) && narratives.size() > 1) {
      throw new IllegalArgumentException("narrative 'Other' means none of the narratives; it cannot come with others");
    }
    for (String s : subNarratives) {
      if (Taxonomy.OTHER.equals(s)) continue;
      String parent = taxonomy.parentOf(s);
      if (parent == null) throw new IllegalArgumentException("unknown sub-narrative '" + s + "'");
      if (!narratives.contains(parent)) {
        throw new IllegalArgumentException("sub-narrative '" + s + "' belongs to narrative '" + parent + "', which is not among the narratives");
      }
    }
  }

  private static void role(Correction c, Article article) {
    String actor = c.text("actor");
    String role = c.text("role");
    if (actor == null || actor.isBlank()) throw new IllegalArgumentException("a role correction needs \"actor\"");
    Set<String> known = actors(article);
    if (known.stream().noneMatch(actor::equalsIgnoreCase)) {
      throw new IllegalArgumentException("unknown actor '" + actor + "' in article " + article.id()
          + (known.isEmpty() ? " (it names no actors)" : " (its actors: " + String.join(", ", known) + ")"));
    }
    List<String> subRoles = c.list("subRoles");
    if (Correction.NOT_FRAMED.equalsIgnoreCase(role == null ? "" : role)) {
      if (!subRoles.isEmpty()) throw new IllegalArgumentException("role 'none' (not framed) takes no sub-roles");
      return;
    }
    if (role == null || !Roles.isMain(role)) {
      throw new IllegalArgumentException("unknown role '" + role + "' (one of " + String.join(", ", Roles.MAIN) + ", " + Correction.NOT_FRAMED + ")");
    }
    for (String s : subRoles) {
      if (!Roles.fineRoles(role).contains(s)) {
        throw new IllegalArgumentException("unknown sub-role '" + s + "' of " + role + " (one of " + String.join(", ", Roles.fineRoles(role)) + ")");
      }
    }
  }

  /** The actors the article names: those framed or listed, and every canonical entity. */
  private static Set<String> actors(Article a) {
    Set<String> out = new LinkedHashSet<>();
    for (ActorFraming f : a.analysis().actors()) out.add(f.actor());
    for (EntityMention m : a.analysis().entities()) if (m.canonical() != null) out.add(m.canonical());
    return out;
  }

  private static void speaker(Correction c, Article article) {
    checkQuote(article, c.value().path("quote").asInt(-1), c.value().path("quote").asText());
    String speaker = c.text("speaker");
    if (speaker == null || speaker.isBlank()) throw new IllegalArgumentException("a speaker correction needs \"speaker\"");
  }

  private static void checkQuote(Article article, int quote, String given) {
    int quotes = article.analysis().quotes().size();
    if (quote < 0 || quote >= quotes) {
      throw new IllegalArgumentException("quote index " + given + " out of range (article " + article.id() + " has " + quotes
          + (quotes == 1 ? " quote" : " quotes") + (quotes == 0 ? ")" : ", 0 to " + (quotes - 1) + ")"));
    }
  }
}
