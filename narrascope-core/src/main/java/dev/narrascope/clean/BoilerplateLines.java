package dev.narrascope.clean;

import static dev.narrascope.text.CaseFold.containsAny;
import static dev.narrascope.text.CaseFold.fold;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises single lines of page furniture that scrapers leave in article text: share and
 * subscribe prompts, ad-blocker notices, view and comment counters, "read also" teasers, weather
 * widgets, cookie banners, breadcrumbs, "powered by" and copyright footers and lone URLs, in English, Bulgarian,
 * Russian, Portuguese and Hindi where the words are cheap to list.
 *
 * <p>Conservative by design: losing a real sentence is worse than keeping a junk line, so every
 * pattern matches a whole short line (or a line that is unmistakably a notice), never a fragment
 * of a sentence. Stateless and thread-safe.
 */
final class BoilerplateLines {
  // Compiled once: String.matches/split with a regex compiles it on every call, and these run per line or word.
  private static final Pattern AD_BLOCK_PLEA = Pattern.compile("(?is).*(disabl|detect|whitelist|support us|turn off).*");
  private static final Pattern PROSE_END = Pattern.compile("(?s).*[.!?…\"”»)]$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Whole-line matches (the line is stripped first). */
  private static final List<Pattern> WHOLE = List.of(
      p("(top|bottom) of (the )?page|skip to (main )?content|back to top|scroll to top|jump to"),
      p("((leave|post|add|write) a (comment|reply)|comments? (are )?closed|no comments( yet)?|view comments|show comments"
          + "|join the (conversation|discussion)|коментари|комментарии|коментирай|комментировать|comentários?|comentar)[.!]?"),
      // "Comments (12)", "Коментари (0)": a counter in brackets
      p("(comments?|коментари|комментари\\w*|comentários?|टिप्पणियां|टिप्पणियाँ)\\s*\\(\\d[\\d,.\\s]*\\)"),
      // counters: "1,234 views", "12 Comments", "39 views0 comments", "Views: 120"
      p("(\\d[\\d,.\\s]*[kmк]?\\s*(views?|comments?|likes?|shares?|reads?|reactions?|преглеждания|прегледа|просмотр\\w*"
          + "|коментар\\w*|комментари\\w*|visualizaç\\w*|comentári\\w*|बार देखा गया)\\s*)+"),
      // "Views: 12 408", "Просмотров: 2 087": thousands are often separated by spaces
      p("(views?|comments?|прегледи|прегледа|просмотр\\w*|visualizações|leituras)\\s*:?\\s*\\d([\\d,.\\s]*\\d)?"),
      p("source link|source|sources|related( sources| stories| posts| articles| news)?:?|most (popular|read)( articles| stories)?"
          + "|you (may|might) (also )?like.{0,30}|explore further|more from \\S+( \\S+)?|recommended( for you)?:?|read next:?|trending( now)?:?"
          + "|don['’]?t miss:?|must read:?|editor['’]?s picks?:?|top stories:?|more stories:?|watch( now)?:|listen( now)?:"
          + "|advert|advertisement|advertising|sponsored( content)?|comments?|tell us what you think.{0,10}|реклама|publicidade|विज्ञापन|story continues below( advertisement)?"),
      // share prompts in several languages
      p("(share|share this( article| story| post)?|(partilhe|compartilhe)( este artigo| esta notícia| esta matéria)?|share on \\w+|click to share on \\w+.*|tweet|print|email|e-mail|whatsapp|telegram"
          + "|facebook|twitter|linkedin|reddit|pinterest|copy link|сподели(те)?( в \\w+)?|споделяне|поделиться|поделитесь"
          + "|compartilhe|compartilhar|partilhar|शेयर करें|साझा करें)[\\s:!]*"),
      // subscription prompts
      p("(subscribe|subscribe( now| today| here)?|sign up|sign in|log in|login|register|абонирайте се|абонамент"
          + "|подписаться|подпишитесь|подписывайтесь|inscreva-se|assine( já)?|सब्सक्राइब करें)[\\s!.:]*"),
      p("(subscribe|sign up|абонирайте се|подпишитесь|подписывайтесь|inscreva-se|assine|सब्सक्राइब)\\b.{0,80}"
          + "(newsletter|channel|канал|бюлетин|рассылк|notícias|newsletter|telegram|youtube|updates|inbox)\\b.{0,40}"),
      p("(follow us|follow|последвайте ни|следите за нами|подписывайтесь на нас|siga-nos|हमें फॉलो करें)\\b.{0,60}"),
      // "Like us on Facebook", "Like this post? Share it with your friends!"
      p("(like us|харесайте ни|ставайте наши|curta( a nossa página|-nos)|हमें लाइक करें)\\b.{0,40}"),
      p("((like|liked|enjoy(ed)?) this (post|article|story)\\?\\s*)?share (it|this( post| article| story)?) with your friends[.!]*"),
      p("(read more|read also|also read|see also|прочетете (още|също)|вижте още|читайте (также|еще|ещё)|leia (mais|também)"
          + "|veja também|यह भी पढ़ें|और पढ़ें)[\\s:.!…»>]*"),
      p("powered by(\\s+.{1,60})?"),
      p("(https?://|www\\.)\\S+"),
      p("(tags?|теги|тагове|етикети|categor(y|ies)|категории|рубрик\\w*|filed under)\\s*:.{0,200}"),
      p("(image|photo|photograph|picture|фото|снимка|foto)\\s*(credit)?\\s*:.{0,120}"),
      p("(image|photo) (copyright|source|credit)\\b.{0,80}"),
      p("all rights reserved\\.?|всички права запазени\\.?|все права защищены\\.?|todos os direitos reservados\\.?|सर्वाधिकार सुरक्षित\\.?"),
      p("(click|tap) here.{0,80}"),
      p("loading( comments)?(\\.\\.\\.|…)?|please wait(\\.\\.\\.|…)?"));

  /** Scans the whole line: tried only on lines holding "javascript". */
  private static final Pattern JAVASCRIPT = p(".{0,60}(requires|enable|turn on) javascript.{0,60}");

  /** Prefix labels whose line is a teaser for another article ("Also Read: Putin calls…"). */
  private static final Pattern TEASER = p("(also read|read also|read more|see also|related|more|watch|listen|прочетете (още|също)"
      + "|вижте още|още по темата|читайте (также|еще|ещё)|смотрите также|leia (mais|também)|veja também|यह भी पढ़ें|और पढ़ें)"
      + "\\s*[:：»>|–-]\\s*.{1,200}");
  /** Newsletter prompts written as a sentence ("Get the latest updates… Subscribe to X's newsletters."). */
  private static final Pattern NEWSLETTER = p("(.{0,80}[.!?]\\s+)?(subscribe|sign up|signup|абонирайте се|подпишитесь|inscreva-se|assine)\\b"
      + ".{0,60}\\b(newsletters?|бюлетин\\w*|рассылк\\w*)\\b[^.!?]{0,30}[.!]?");
  /** Legal notices: a copyright word together with a reproduction word. */
  private static final Pattern LEGAL = p(".*(copyright|©).*\\b(reproduc\\w*|republish\\w*|redistribut\\w*|written permission)\\b.*"
      + "|.*\\b(reproduc\\w*|republish\\w*|redistribut\\w*|written permission)\\b.*(copyright|©).*");
  /** Notices that may be long but are unmistakable. */
  private static final Pattern AD_BLOCK = p(".*(ad ?-?blocker|ads ?blocker|adblock)\\b.*");
  private static final Pattern COOKIE = p(".*\\b(cookies?|бисквитки|файлы cookie|куки)\\b.*"
      + "\\b(accept|consent|agree|we use|uses|this (site|website)|privacy|settings|приемам|използва|использует|соглас\\w*|aceit\\w*|utiliza)\\b.*");
  /** "Home » Economy": one separator suffices after the home page's name. */
  private static final Pattern HOME_CRUMBS = p("(home|начало|главная|início|inicio|capa|होम|मुख्य पृष्ठ)(\\s*[»>›/|]\\s*[^»>›/|]{1,30})+");
  /** "Home » World » Europe", "News > Politics": two or more separators between short segments. */
  private static final Pattern CRUMBS = p("[^»>›/|]{1,30}(\\s*[»>›/|]\\s*[^»>›/|]{1,30}){2,}");

  private BoilerplateLines() {}

  /**
   * Weather widgets: "12°C Moscow", "33.1 C", and labelled ones: "Weather: New Delhi 2°C, fog",
   * "मौसम: नई दिल्ली 2°C, कोहरा".
   */
  private static final Pattern WEATHER = p("-?\\d{1,2}([.,]\\d)?\\s*°\\s*[CF]?(\\s+\\p{L}[\\p{L} .-]{0,30})?|-?\\d{1,2}([.,]\\d)?\\s*[CF]"
      + "|(weather|времето|погода|tempo|previsão|मौसम)\\s*:\\s*[^.!?]{0,40}-?\\d{1,2}([.,]\\d)?\\s*°\\s*[CF]?[^.!?]{0,40}");

  private static Pattern p(String regex) {
    return Pattern.compile(regex, FLAGS);
  }

  /** @return whether the whole line is a weather widget; the date beside one is the widget's, not the article's */
  static boolean isWeather(String line) {
    String s = line.strip();
    return s.length() <= 120 && WEATHER.matcher(s).matches();
  }

  /** @return whether the whole line is page furniture */
  static boolean isJunk(String line) {
    String s = line.strip();
    if (s.isEmpty()) return true;
    // Every pattern below is bounded well under this; longer lines are prose.
    if (s.length() > 600) return false;
    for (Pattern p : WHOLE) if (p.matcher(s).matches()) return true;
    if (isWeather(s)) return true;
    if (s.length() <= 250 && TEASER.matcher(s).matches()) return true;
    if (CopyrightLine.matches(s)) return true;
    // The patterns that scan the whole line (a third of cleaning's time when run on every paragraph) run
    // only where the words they need are there: a necessary test, so nothing they match is missed.
    String folded = fold(s);
    if (folded.contains("javascript") && JAVASCRIPT.matcher(s).matches()) return true;
    if (s.length() <= 400 && folded.contains("block") && AD_BLOCK.matcher(s).matches()
        && (!endsLikeProse(s) || AD_BLOCK_PLEA.matcher(s).matches())) return true;
    if (s.length() <= 400 && mayBeLegal(folded) && LEGAL.matcher(s).matches()) return true;
    if (s.length() <= 200 && containsAny(folded, "newsletter", "бюлетин", "рассылк") && NEWSLETTER.matcher(s).matches()) {
      return true;
    }
    if (s.length() <= 600 && containsAny(folded, "cookie", "бисквитки", "куки") && COOKIE.matcher(s).matches()) return true;
    if (s.length() <= 120 && HOME_CRUMBS.matcher(s).matches() && !endsLikeProse(s)) return true;
    return s.length() <= 120 && CRUMBS.matcher(s).matches() && !endsLikeProse(s) && SPACES.split(s).length <= 14;
  }

  /** {@link #LEGAL} needs a copyright word and a reproduction word. */
  private static boolean mayBeLegal(String folded) {
    return containsAny(folded, "copyright", "©")
        && containsAny(folded, "reproduc", "republish", "redistribut", "written permission");
  }

  /** @return whether the line heads a trailing block of teaser links ("Related Stories", "Related Sources:") */
  static boolean isRelatedHeading(String line) {
    return RELATED_HEADING.matcher(line.strip()).matches();
  }

  private static final Pattern RELATED_HEADING = p("(related|more|similar|recommended|popular|latest|trending)( \\w+){0,3}:?|you (may|might) also like:?"
        + "|още по темата:?|вижте още:?|читайте также:?|похожие (статьи|новости):?|veja também:?|leia também:?"
        + "|संबंधित खबरें:?");

  private static boolean endsLikeProse(String s) {
    return PROSE_END.matcher(s).matches();
  }
}
