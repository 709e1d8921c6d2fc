package dev.narrascope.story;

import dev.narrascope.Article;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest year (1900 to 2099) an article names in its title and lead: what dates an event when
 * the article has no date of its own (ECB+: Turkmenistan's 2008 and 2013 elections share every
 * topic word, and the page's date line or "in 2013" tells them apart). Years after the article's own
 * publication year are targets ("by 2030"), not its event's date, and are ignored.
 */
final class TextYears {
  /** No year found. */
  static final int NONE = -1;
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");

  private TextYears() {}

  static int latest(Article a) {
    String text = a.text();
    String lead = text.length() > ArticleVectors.LEAD_CHARS ? text.substring(0, ArticleVectors.LEAD_CHARS) : text;
    int own = a.published() == null ? Integer.MAX_VALUE : a.published().getYear();
    int latest = NONE;
    Matcher m = YEAR.matcher(a.title() + "\n" + lead);
    while (m.find()) {
      int year = Integer.parseInt(m.group());
      if (year <= own) latest = Math.max(latest, year);
    }
    return latest;
  }
}
