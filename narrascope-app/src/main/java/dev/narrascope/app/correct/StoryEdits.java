package dev.narrascope.app.correct;

import dev.narrascope.Story;
import dev.narrascope.store.ArticleStore;
import dev.narrascope.store.Correction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Story merges and splits as story corrections of the articles concerned, stored in one transaction,
 * so they are in the audit trail and survive a re-clustering like a single move. Thread-safe.
 *
 * <pre>{@code
 * Story survivor = new StoryEdits(store).merge("s-a1", "s-b2", "ana");
 * String split = new StoryEdits(store).split("s-b2", List.of("a7", "a9"), "ana");
 * }</pre>
 */
public final class StoryEdits {
  private final ArticleStore store;

  public StoryEdits(ArticleStore store) {
    this.store = store;
  }

  /**
   * Moves every article of story {@code id} into story {@code into}.
   *
   * @return the survivor as it is now
   * @throws IllegalArgumentException when either story is unknown or they are the same
   */
  public Story merge(String id, String into, String author) {
    Story from = existing(id);
    existing(into);
    if (id.equals(into)) throw new IllegalArgumentException("cannot merge story '" + id + "' into itself");
    store.addCorrections(from.articleIds().stream().map(a -> Correction.story(a, author, into)).toList());
    return existing(into);
  }

  /**
   * Moves {@code articles}, members of story {@code id}, into a new story, named after the earliest of
   * them ({@code "s-" + article id}, with a number added when that is taken).
   *
   * @return the new story's id
   * @throws IllegalArgumentException when the story is unknown, an article is not a member, or no member would be left
   */
  public String split(String id, List<String> articles, String author) {
    Story from = existing(id);
    Set<String> moving = new LinkedHashSet<>(articles);
    if (moving.isEmpty()) throw new IllegalArgumentException("a split needs at least one article of story '" + id + "'");
    for (String a : moving) {
      if (!from.articleIds().contains(a)) throw new IllegalArgumentException("article '" + a + "' is not in story '" + id + "'");
    }
    if (moving.size() == from.size()) throw new IllegalArgumentException("a split must leave at least one article in story '" + id + "'");
    String founder = from.articleIds().stream().filter(moving::contains).findFirst().orElseThrow();
    String newId = "s-" + founder;
    for (int n = 2; store.story(newId).isPresent(); n++) newId = "s-" + founder + "-" + n;
    String target = newId;
    store.addCorrections(from.articleIds().stream().filter(moving::contains).map(a -> Correction.story(a, author, target)).toList());
    return target;
  }

  private Story existing(String id) {
    return store.story(id).orElseThrow(() -> new IllegalArgumentException("unknown story '" + id + "'"));
  }
}
