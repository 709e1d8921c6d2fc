package dev.narrascope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * One analyst's correction of one article: a row of the append-only audit trail. The latest
 * correction per (article, kind, target) is in force and overrides the model's output wherever the
 * article is read (see {@link Corrections#apply}); older ones stay for the record. Build new ones
 * with the factories and hand them to {@link ArticleStore#addCorrection}, which sets {@link #id}
 * and, when {@code null}, {@link #createdAt}.
 *
 * <pre>{@code
 * store.addCorrection(Correction.role(articleId, "ana", "Sergei Shoigu", "Antagonist", List.of("Deceiver")));
 * }</pre>
 *
 * @param id        the store's sequence number (0 before it is stored); later corrections have larger ones
 * @param articleId the corrected article
 * @param kind      {@link #NARRATIVES}, {@link #ROLE}, {@link #SPEAKER}, {@link #STORY} or {@link #REVIEWED}
 * @param target    what within the article: the actor (role), the quote index (speaker); {@code null} otherwise
 * @param value     the corrected value, a JSON object whose fields depend on the kind (see the factories)
 * @param author    who made it (required)
 * @param createdAt when it was stored (UTC)
 */
public record Correction(long id, String articleId, String kind, String target, JsonNode value, String author,
                         Instant createdAt) {
  /** The article's narratives and sub-narratives: {@code {"narratives":[…],"subNarratives":[…]}}. */
  public static final String NARRATIVES = "narratives";
  /** An actor's role: {@code {"actor":…,"role":"Antagonist"|…|"none","subRoles":[…]}}. */
  public static final String ROLE = "role";
  /** A quote's speaker: {@code {"quote":3,"speaker":…,"start":…,"end":…}} (offsets find the quote after re-analysis). */
  public static final String SPEAKER = "speaker";
  /** The article's story: {@code {"story":"s-…"}}. */
  public static final String STORY = "story";
  /** Reviewed without changing a label: {@code {}}. */
  public static final String REVIEWED = "reviewed";
  /** The role value that means "the article does not frame this actor". */
  public static final String NOT_FRAMED = "none";

  public static final Set<String> KINDS = Set.of(NARRATIVES, ROLE, SPEAKER, STORY, REVIEWED);

  /** @throws IllegalArgumentException for an unknown kind, a missing author or article id, or a value that is not an object */
  public Correction {
    if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("a correction needs the article id");
    if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown correction kind '" + kind + "' (one of " + KINDS + ")");
    if (author == null || author.isBlank()) throw new IllegalArgumentException("a correction needs its author");
    if (value == null || !value.isObject()) throw new IllegalArgumentException("a correction's value must be a JSON object");
    author = author.strip();
  }

  public static Correction narratives(String articleId, String author, List<String> narratives, List<String> subNarratives) {
    ObjectNode v = object();
    narratives.forEach(v.putArray("narratives")::add);
    subNarratives.forEach(v.putArray("subNarratives")::add);
    return unsaved(articleId, NARRATIVES, null, v, author);
  }

  /** @param role a main role, or {@link #NOT_FRAMED} */
  public static Correction role(String articleId, String author, String actor, String role, List<String> subRoles) {
    ObjectNode v = object().put("actor", actor).put("role", role);
    subRoles.forEach(v.putArray("subRoles")::add);
    return unsaved(articleId, ROLE, actor, v, author);
  }

  /** @param start @param end the quote's offsets when corrected, so it is found again after re-analysis */
  public static Correction speaker(String articleId, String author, int quote, int start, int end, String speaker) {
    return unsaved(articleId, SPEAKER, Integer.toString(quote),
        object().put("quote", quote).put("speaker", speaker).put("start", start).put("end", end), author);
  }

  public static Correction story(String articleId, String author, String storyId) {
    return unsaved(articleId, STORY, null, object().put("story", storyId), author);
  }

  public static Correction reviewed(String articleId, String author) {
    return unsaved(articleId, REVIEWED, null, object(), author);
  }

  private static Correction unsaved(String articleId, String kind, String target, JsonNode value, String author) {
    return new Correction(0, articleId, kind, target, value, author, null);
  }

  private static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Whether this and {@code other} correct the same thing (so the later one supersedes the earlier). */
  public boolean sameTarget(Correction other) {
    return articleId.equals(other.articleId) && kind.equals(other.kind) && Objects.equals(target, other.target);
  }

  /** A copy as stored: with its id and time. */
  Correction stored(long newId, Instant at) {
    return new Correction(newId, articleId, kind, target, value, author, at);
  }

  /** The value's text field, or {@code null}. */
  public String text(String field) {
    JsonNode n = value.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** The value's list of strings (empty when absent). */
  public List<String> list(String field) {
    JsonNode n = value.get(field);
    if (n == null || !n.isArray()) return List.of();
    return StreamSupport.stream(n.spliterator(), false).map(JsonNode::asText).toList();
  }
}
