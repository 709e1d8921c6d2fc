package dev.narrascope.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans already-scraped article text: the first real line is the title, furniture lines are
 * removed ({@link BoilerplateLines}), a trailing "Related…" block of teaser links is cut, and
 * bylines, date lines, {@code Source: URL} and {@code © 2024 Outlet} lines are read for the author,
 * date and outlet before they are removed. Nothing is inferred that the text does not state.
 * Stateless and thread-safe.
 *
 * @param title     the first real line, or empty
 * @param body      the remaining lines, one paragraph each, separated by blank lines
 * @param published a date the text states, or {@code null}
 * @param outlet    an outlet the text states (byline, copyright, source URL), or {@code null}
 * @param extra     author and update date when stated
 */
record ScrapedText(String title, String body, LocalDate published, String outlet, Map<String, String> extra) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(published|posted|date|publication date|публикувано|публикуван[ао]|опубликовано|дата|publicado( em)?|प्रकाशित)"
          + "\\s*(on|at|:)?\\s*:?\\s*(.{6,60})", FLAGS);
  private static final Pattern UPDATED = Pattern.compile("(updated|last updated|обновено|обновлено|atualizado( em)?)\\s*(on|at)?\\s*:?\\s*(.{6,60})", FLAGS);
  private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b"
      + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b(st|nd|rd|th|of|at|on|am|pm|gmt|utc|est|edt|cet|cest|msk|ist|ago)\\b"
      + "|[\\d\\s,.:/+\\-–|()]");
  /** Weekdays, "de", "г." and "года" in the other languages with parsed month names. */
  private static final Pattern LOCAL_DATE_WORDS = Pattern.compile("(?iu)понедельник|вторник|среда|четверг|пятница|суббота"
      + "|воскресенье|понеделник|сряда|четвъртък|петък|събота|неделя|segunda|terça|quarta|quinta|sexta|sábado|domingo"
      + "|-feira|(?<!\\p{L})(de|г\\.?|года|година)(?!\\p{L})");
  private static final Pattern BYLINE = Pattern.compile("(by|от|автор|por|द्वारा)\\s*:?\\s+(.{2,140})", FLAGS);
  private static final Pattern SOURCE_URL = Pattern.compile("(source|source link|източник|источник|fonte|स्रोत)\\s*:?\\s*(https?://\\S+)", FLAGS);
  private static final Pattern COPYRIGHT = Pattern.compile("(©|\\(c\\)|copyright)\\s*(©\\s*)?(\\d{4}(\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*([^.|]{2,60}?)"
      + "\\.?(\\s*(\\||-|–)?\\s*all rights reserved\\.?)?", FLAGS);

  static ScrapedText clean(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      String s = l.replace('\u00a0', ' ').strip();
      if (!s.isEmpty()) lines.add(s);
    }
    Builder b = new Builder();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (b.furniture(line, i >= lines.size() - 3)) continue;
      // Related-links headings stay for now: cutRelatedTail needs them to find the teaser block.
      if (BoilerplateLines.isJunk(line) && !BoilerplateLines.isRelatedHeading(line)) continue;
      kept.add(line);
    }
    cutRelatedTail(kept);
    String title = kept.isEmpty() ? "" : PageMetadata.stripSiteSuffix(kept.remove(0), b.outlet);
    return new ScrapedText(title, String.join("\n\n", kept), b.published, b.outlet, b.extra);
  }

  /** Drops a "Related Stories" heading, and the teaser lines after it when nothing but short lines follow. */
  private static void cutRelatedTail(List<String> lines) {
    for (int i = lines.size() - 1; i >= 1; i--) {
      if (!BoilerplateLines.isRelatedHeading(lines.get(i))) continue;
      boolean onlyTeasers = lines.subList(i + 1, lines.size()).stream().allMatch(l -> l.length() <= 150 && !l.matches(".*[.!?]\"?$"));
      if (onlyTeasers) lines.subList(i, lines.size()).clear();
      else lines.remove(i);
    }
  }

  private static final class Builder {
    LocalDate published;
    String outlet;
    final Map<String, String> extra = new LinkedHashMap<>();

    /** Reads a furniture line; @return whether it was one (and is to be removed). */
    boolean furniture(String line, boolean nearEnd) {
      if (line.length() > 160) return false;
      Matcher m = LABELLED_DATE.matcher(line);
      if (m.matches() && isDateOnly(m.group(4))) {
        if (published == null) published = Dates.parse(m.group(4));
        return true;
      }
      m = UPDATED.matcher(line);
      if (m.matches() && isDateOnly(m.group(4))) {
        extra.putIfAbsent("updated", String.valueOf(Dates.parse(m.group(4))));
        return true;
      }
      if (isDateOnly(line)) {
        if (published == null) published = Dates.parse(line);
        return true;
      }
      m = BYLINE.matcher(line);
      if (m.matches() && byline(m.group(2))) return true;
      m = SOURCE_URL.matcher(line);
      if (nearEnd && m.matches()) {
        if (outlet == null) outlet = PageMetadata.host(m.group(2));
        return true;
      }
      m = COPYRIGHT.matcher(line);
      if (m.matches() && line.length() <= 100) {
        String name = m.group(5).strip();
        if (outlet == null && !name.isEmpty() && !name.matches("(?i)all rights reserved")) outlet = name;
        return true;
      }
      return false;
    }

    /** "By Jane Doe | The Outlet | 12 March 2024": author, then date or outlet in any order. */
    private boolean byline(String rest) {
      String[] parts = rest.split("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
      String author = parts[0].strip();
      // A byline names a person: a few capitalised words, not a sentence that starts with "By".
      if (author.split("\\s+").length > 5 || author.matches(".*[.!?]$") && !author.matches(".*\\b\\p{Lu}\\.$")) return false;
      if (!Character.isUpperCase(author.codePointAt(0))) return false;
      String date = null;
      String named = null;
      for (int i = 1; i < parts.length; i++) {
        if (Dates.parse(parts[i]) != null && isDateOnly(parts[i])) date = parts[i];
        else if (named == null && !parts[i].isBlank()) named = parts[i].strip();
        else return false;
      }
      extra.putIfAbsent("author", author.replaceAll("[,;]$", ""));
      if (date != null && published == null) published = Dates.parse(date);
      if (named != null && outlet == null) outlet = named;
      return true;
    }
  }

  /** A line that is nothing but a date (with weekday, time, zone), such as "Friday, September 29, 2023". */
  static boolean isDateOnly(String s) {
    if (s.length() > 80 || Dates.parse(s) == null) return false;
    String rest = Dates.LOCAL_MONTH_WORD.matcher(s).replaceAll("");
    return DATE_WORDS.matcher(LOCAL_DATE_WORDS.matcher(rest).replaceAll(" ")).replaceAll("").isEmpty();
  }
}
