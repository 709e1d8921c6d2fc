package dev.narrascope;

import java.time.LocalDate;
import java.util.List;

/**
 * A group of articles that tell the same story.
 *
 * @param id         stable id (derived from its founding article)
 * @param headline   representative headline
 * @param articleIds member articles, earliest first
 * @param outlets    distinct outlets, most articles first
 * @param languages  distinct languages
 * @param first      earliest publication date, or {@code null}
 * @param last       latest publication date, or {@code null}
 */
public record Story(String id, String headline, List<String> articleIds, List<String> outlets, List<String> languages,
                    LocalDate first, LocalDate last) {
  public Story {
    articleIds = List.copyOf(articleIds);
    outlets = List.copyOf(outlets);
    languages = List.copyOf(languages);
  }

  public int size() {
    return articleIds.size();
  }
}
