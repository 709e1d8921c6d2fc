package dev.narrascope.clean;

import dev.narrascope.text.Sentences;
import dev.narrascope.text.TextSpan;
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
 * @param titleInBody whether the title is the body's first sentence (a text with no headline line) rather than a
 *                  line taken out of it
 */
record ScrapedText(String title, String body, LocalDate published, String outlet, Map<String, String> extra,
                   boolean titleInBody) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(published|posted|date|publication date|публикувано|публикуван[ао]|опубликовано|дата|publicado( em)?|प्रकाशित( तिथि)?)"
          + "\\s*(on|at|:)?\\s*:?\\s*(?<date>.{6,60})", FLAGS);
  private static final Pattern UPDATED = Pattern.compile("(updated|last updated|обновено|обновлено|atualizado( em)?|अपडेट(ेड)?)"
      + "\\s*(on|at)?\\s*:?\\s*(?<date>.{6,60})", FLAGS);
  private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b"
      + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b(st|nd|rd|th|of|at|on|am|pm|gmt|utc|est|edt|cet|cest|msk|ist|ago)\\b"
      + "|[\\d\\s,.:/+\\-–|()]");
  /** Weekdays, "de", "г." and "года" in the other languages with parsed month names. */
  private static final Pattern LOCAL_DATE_WORDS = Pattern.compile("(?iu)понедельник|вторник|среда|четверг|пятница|суббота"
      + "|воскресенье|понеделник|сряда|четвъртък|петък|събота|неделя|segunda|terça|quarta|quinta|sexta|sábado|domingo"
      + "|-feira|(?<!\\p{L})(de|г\\.?|года|година)(?!\\p{L})");
  /** "Today is Friday, 29 September 2023", "Сегодня: 29 сентября 2023": the page's date, not the article's. */
  private static final Pattern TODAY = Pattern.compile("(today( is)?|сегодня|днес( е)?|hoje( é)?|आज( है)?)\\s*[:,]?\\s*(?<date>.{6,60})", FLAGS);
  /** Fields of a byline or dateline are separated by bars, bullets or spaced dashes. */
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
  // Compiled once: String.matches/split with a regex compiles it on every call, and these run per line or word.
  private static final Pattern TEASER_END = Pattern.compile(".*[.!?]\"?$");
  private static final Pattern DIGIT_OR_QUOTE = Pattern.compile(".*[\\d\"“”«»].*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?:;]$");
  private static final Pattern INITIAL_END = Pattern.compile(".*\\b\\p{Lu}\\.$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Characters a headline has at most; a lone line longer than this is a paragraph of body text. */
  private static final int LONGEST_HEADLINE = 200;
  private static final Pattern BYLINE = Pattern.compile("(by|от|автор|por|द्वारा)\\s*:?\\s+(.{2,140})", FLAGS);
  /** "Reuters Staff", "Truth Wire Newsroom": a credit to the outlet's own staff names the outlet. */
  private static final Pattern STAFF = Pattern.compile("(.{2,60}?)\\s+(staff|staff writers?|desk|news desk|newsroom)", FLAGS);
  private static final Pattern SOURCE_URL = Pattern.compile("(source|source link|източник|источник|fonte|स्रोत)\\s*:?\\s*(https?://\\S+)", FLAGS);

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
      if (isPageDate(lines, i, kept.isEmpty())) continue;
      if (b.furniture(line, i >= lines.size() - 3)) continue;
      // Related-links headings stay for now: cutRelatedTail needs them to find the teaser block.
      if (BoilerplateLines.isJunk(line) && !BoilerplateLines.isRelatedHeading(line)) continue;
      kept.add(line);
    }
    cutRelatedTail(kept);
    String outlet = b.outlet();
    // A text written on one line (9 of the 1,781 SemEval training documents) is the article itself, not a
    // headline over nothing: taken as the title it left no body, and the article was dropped as empty. Its
    // first sentence then stands for the headline that every report and list shows.
    boolean loneParagraph = kept.size() == 1 && kept.get(0).length() > LONGEST_HEADLINE;
    String title = kept.isEmpty() ? "" : loneParagraph ? firstSentence(kept.get(0))
        : PageMetadata.stripSiteSuffix(kept.remove(0), outlet);
    // A page that only states when it was updated was published by then: the best date it gives.
    LocalDate published = b.published != null ? b.published : b.updated;
    if (b.updated != null) b.extra.put("updated", b.updated.toString());
    return new ScrapedText(title, String.join("\n\n", loneParagraph ? kept : CsvQuotedBody.unwrap(kept)), published, outlet,
        b.extra, loneParagraph);
  }

  /** The first sentence of {@code paragraph}, cut after the last whole word within {@link #LONGEST_HEADLINE} characters. */
  private static String firstSentence(String paragraph) {
    TextSpan first = Sentences.split(paragraph).get(0);
    String sentence = paragraph.substring(first.start(), first.end());
    if (sentence.length() <= LONGEST_HEADLINE) return sentence;
    int cut = sentence.lastIndexOf(' ', LONGEST_HEADLINE);
    return (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, LONGEST_HEADLINE)).stripTrailing() + " …";
  }

  /** Drops a "Related Stories" heading, and the teaser lines after it when nothing but short lines follow. */
  private static void cutRelatedTail(List<String> lines) {
    for (int i = lines.size() - 1; i >= 1; i--) {
      if (!BoilerplateLines.isRelatedHeading(lines.get(i))) continue;
      boolean onlyTeasers = lines.subList(i + 1, lines.size()).stream().allMatch(l -> l.length() <= 150 && !TEASER_END.matcher(l).matches());
      if (onlyTeasers) lines.subList(i, lines.size()).clear();
      else lines.remove(i);
    }
  }

  /**
   * Whether line {@code i} is the page's date rather than the article's: a "today is" line, a date
   * beside a weather widget ("33.1 C" / "Friday, September 29, 2023"), or a bare date above the
   * title, where site headers show today's date. Such a line is removed and its date never used;
   * a dateline under the title, a byline or a labelled date ("Published: …") still is.
   */
  static boolean isPageDate(List<String> lines, int i, boolean beforeTitle) {
    String line = lines.get(i);
    Matcher today = TODAY.matcher(line);
    if (today.matches() && isDateOnly(today.group("date"))) return true;
    if (!isDateOnly(line)) return false;
    return beforeTitle || (i > 0 && BoilerplateLines.isWeather(lines.get(i - 1)))
        || (i + 1 < lines.size() && BoilerplateLines.isWeather(lines.get(i + 1)));
  }

  /** @return whether the line is a byline or dateline ("By Jane Doe | 12 March 2024", "Outlet · 12.03.2024 · Views: 40") */
  static boolean isByline(String line) {
    return line.length() <= 160 && new Builder().byline(line);
  }

  /** A date a line states, and whether it is the update date. */
  private record Stamp(LocalDate date, boolean updated) {}

  /** Collects what furniture lines state; a copyright holder outranks a byline, which outranks a source URL. */
  private static final class Builder {
    LocalDate published;
    LocalDate updated;
    String copyrightHolder;
    String bylineOutlet;
    String sourceHost;
    final Map<String, String> extra = new LinkedHashMap<>();

    String outlet() {
      return copyrightHolder != null ? copyrightHolder : bylineOutlet != null ? bylineOutlet : sourceHost;
    }

    /** Reads a furniture line; @return whether it was one (and is to be removed). */
    boolean furniture(String line, boolean nearEnd) {
      if (line.length() > 160) return false;
      Stamp stamp = stamp(line);
      if (stamp != null) {
        record(stamp);
        return true;
      }
      if (byline(line)) return true;
      Matcher m = SOURCE_URL.matcher(line);
      if (nearEnd && m.matches()) {
        if (sourceHost == null) sourceHost = PageMetadata.host(m.group(2));
        return true;
      }
      if (CopyrightLine.matches(line)) {
        if (copyrightHolder == null) copyrightHolder = CopyrightLine.holder(line);
        return true;
      }
      return false;
    }

    private void record(Stamp s) {
      if (s.updated()) {
        if (updated == null) updated = s.date();
      } else if (published == null) {
        published = s.date();
      }
    }

    /**
     * A byline or dateline: fields such as "By Jane Doe", "Reuters Staff", a (labelled) date and one
     * outlet name, e.g. "By Jane Doe | The Outlet | 12 March 2024", "Outlet Staff — Published: 2024-03-12",
     * "Публикувано: 12.03.2024 | Outlet". A field may also be "Name, date" ("Вестник Евразии, 11 января
     * 2023, 09:15"). Counters ("Views: 40") may sit among the fields.
     */
    private boolean byline(String line) {
      String author = null;
      String outlet = null;
      List<String> names = new ArrayList<>();
      List<Stamp> stamps = new ArrayList<>();
      for (String field : FIELD_SEPARATOR.split(line.strip())) {
        Stamp stamp = stamp(field);
        if (stamp != null) {
          stamps.add(stamp);
          continue;
        }
        // "Views: 12 408" and other counters share the line with the byline on many sites.
        if (BoilerplateLines.isJunk(field)) continue;
        int comma = field.indexOf(',');
        Stamp dated = comma > 0 ? stamp(field.substring(comma + 1).strip()) : null;
        String name = dated == null ? field : field.substring(0, comma).strip();
        if (dated != null) stamps.add(dated);
        Matcher m = BYLINE.matcher(name);
        Matcher staff = STAFF.matcher(name);
        // "by Jane Doe, The Outlet:" introduces a syndicated text.
        if (author == null && m.matches() && isName(m.group(2).replaceAll("[:,;]$", ""))) {
          author = m.group(2);
        } else if (author == null && staff.matches() && isName(staff.group(1))) {
          author = name;
          if (outlet == null) outlet = staff.group(1);
        } else if (names.size() < 2 && isName(name)) {
          // A name before a comma may be a place ("Москва, 12 марта 2024"): it counts, as null, but
          // is never taken for the outlet.
          names.add(dated == null ? name : null);
        } else {
          return false;
        }
      }
      // A bare name is a heading, not a byline: it takes an author or a date.
      if (author == null && stamps.isEmpty()) return false;
      // One name beside the author or the date is the outlet; of two ("Jane Doe · Opinion") neither is sure.
      if (outlet == null && names.size() == 1) outlet = names.get(0);
      if (author != null) extra.putIfAbsent("author", author.replaceAll("[:,;]$", "").strip());
      stamps.forEach(this::record);
      if (outlet != null && bylineOutlet == null) bylineOutlet = outlet;
      return true;
    }
  }

  /** @return the date of a field that is nothing but a date, labelled or not ("Updated: Jan 12, 2023"), or {@code null} */
  private static Stamp stamp(String field) {
    Matcher m = LABELLED_DATE.matcher(field);
    if (m.matches() && isDateOnly(m.group("date"))) return new Stamp(Dates.parse(m.group("date")), false);
    m = UPDATED.matcher(field);
    if (m.matches() && isDateOnly(m.group("date"))) return new Stamp(Dates.parse(m.group("date")), true);
    return isDateOnly(field) ? new Stamp(Dates.parse(field), false) : null;
  }

  /** A person's or an outlet's name: a few words, no digits, not lowercase first, not a sentence. */
  private static boolean isName(String s) {
    String t = s.strip();
    if (t.length() < 2 || t.length() > 60 || SPACES.split(t).length > 6 || DIGIT_OR_QUOTE.matcher(t).matches()) return false;
    int first = t.codePointAt(0);
    if (!Character.isLetter(first) || Character.isLowerCase(first)) return false;
    // "J. Doe" ends in an initial; any other final stop or mark makes a sentence.
    return !SENTENCE_END.matcher(t).matches() || INITIAL_END.matcher(t).matches();
  }

  /** A line that is nothing but a date (with weekday, time, zone), such as "Friday, September 29, 2023". */
  static boolean isDateOnly(String s) {
    if (s.length() > 80 || Dates.parse(s) == null) return false;
    String rest = Dates.LOCAL_MONTH_WORD.matcher(s).replaceAll("");
    return DATE_WORDS.matcher(LOCAL_DATE_WORDS.matcher(rest).replaceAll(" ")).replaceAll("").isEmpty();
  }
}
