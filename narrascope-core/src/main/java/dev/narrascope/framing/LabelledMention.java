package dev.narrascope.framing;

import java.util.Objects;

/**
 * A training example: a mention in its document with its gold roles.
 *
 * @param language ISO 639-1 code in lower case ({@code en}, {@code bg}, …)
 * @param mention  the mention as given in the annotation file
 * @param text     the raw document text (shared between the mentions of one document)
 * @param gold     the annotated roles
 */
public record LabelledMention(String language, RoleMention mention, String text, RoleLabel gold) {
  public LabelledMention {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
  }
}
