package dev.narrascope.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Last pass over an extracted HTML body: drops furniture, date and byline lines ({@link BoilerplateLines},
 * {@link ScrapedText#isByline}) and a
 * leading copy of the headline, since the title is kept apart. Stateless and thread-safe.
 */
final class BodyFilter {
  private BodyFilter() {}

  static String clean(String body, String title) {
    List<String> paragraphs = new ArrayList<>();
    for (String para : body.split("\n\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : para.split("\n")) {
        String l = line.strip();
        if (!BoilerplateLines.isJunk(l) && !ScrapedText.isDateOnly(l) && !ScrapedText.isByline(l)) lines.add(l);
      }
      if (!lines.isEmpty()) paragraphs.add(String.join("\n", lines));
    }
    // The headline often sits in the body container, after a kicker or a date: drop its first copy near the top.
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      if (!title.isBlank() && same(paragraphs.get(i), title)) {
        paragraphs.remove(i);
        break;
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static boolean same(String a, String b) {
    return a.replaceAll("\\W+", "").equalsIgnoreCase(b.replaceAll("\\W+", ""));
  }
}
