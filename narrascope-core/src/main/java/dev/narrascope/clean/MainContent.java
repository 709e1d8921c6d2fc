package dev.narrascope.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article body of a parsed page: prunes page furniture (navigation, asides, share and
 * comment blocks), scores every container by the paragraph text it holds (length, commas, link
 * density, class/id hints), takes the best container plus sibling blocks that look like its
 * continuation, and writes it out as paragraphs. Generic rules only, no per-site knowledge.
 * Mutates the element it is given; stateless otherwise and thread-safe.
 */
final class MainContent {
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "button", "select", "input", "textarea", "nav", "aside", "footer", "figcaption", "object",
      "embed", "video", "audio", "picture", "map", "dialog", "link", "meta");
  /** Class/id words of page furniture (after Readability's "unlikely candidates"). */
  private static final Pattern UNLIKELY = Pattern.compile("(?i)(^|[\\s_-])(ad|ads|advert\\w*|banner|breadcrumbs?|combx"
      + "|comments?|comment-\\w+|community|disqus|extra|footer|gdpr|cookie\\w*|consent|legends|menu|navbar|nav"
      + "|related|recommend\\w*|remark|replies|rss|shoutbox|sidebar|skyscraper|social|share|sharing|sponsor\\w*"
      + "|supplemental|pagination|pager|popup|modal|newsletter|subscribe|subscription|promo\\w*|outbrain|taboola"
      + "|most-?popular|trending|tags?|byline|author-?bio|signup|paywall|read-?more|more-?stories|toolbar|masthead"
      + "|hidden|visually-hidden|sr-only|print-only|caption|credit|teaser|widget|copyright)($|[\\s_-])");
  private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|post|entry|text|embed");
  private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
      + "|pagination|post|text|blog|story|paragraph|prose|rich-?text");
  private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
      + "|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share"
      + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|recirc|trending");
  private static final Pattern FURNITURE_ROLE = Pattern.compile("(?i)navigation|complementary|banner|contentinfo|dialog|menu");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "header",
      "figure", "hr", "address", "center", "form", "body", "tbody", "thead", "details", "summary");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "form", "center");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4", "td", "dd");

  private MainContent() {}

  /** @return the article body as paragraphs separated by blank lines; empty when nothing qualifies */
  static String extract(Element body) {
    prune(body);
    Map<Element, Double> scores = score(body);
    Element top = null;
    double best = 0;
    for (var e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > best) { best = s; top = e.getKey(); }
    }
    if (top == null) return Paragraphs.of(body);
    top = widen(top);
    return Paragraphs.of(withSiblings(top, scores, best));
  }

  /** Removes furniture that never belongs to an article body. */
  private static void prune(Element body) {
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null) continue;
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || isHiddenStyle(e)) {
        e.remove();
      }
    }
    int total = paragraphText(body);
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null) continue;
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main") || tag.equals("html")) continue;
      String hint = e.className() + " " + e.id();
      if (hint.isBlank()) hint = e.attr("role");
      boolean unlikely = (UNLIKELY.matcher(hint).find() || hint.toLowerCase().contains("caption")) && !MAYBE.matcher(hint).find()
          || FURNITURE_ROLE.matcher(e.attr("role")).matches();
      // A wrapper carrying most of the page's paragraphs is the article itself, whatever its class says.
      if (unlikely && paragraphText(e) < 0.3 * total) e.remove();
      else if (tag.equals("header") && paragraphText(e) < 0.3 * total) e.remove();
    }
  }

  private static boolean isHiddenStyle(Element e) {
    String style = e.attr("style").replace(" ", "").toLowerCase();
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n;
  }

  /** Readability-style scoring: each paragraph lends its score to its ancestors, less with distance. */
  private static Map<Element, Double> score(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element e : body.getAllElements()) {
      if (isParagraph(e)) {
        addParagraph(scores, e.parent(), e.text(), linkDensity(e));
      } else if (CONTAINERS.contains(e.normalName())) {
        // Text written straight into a container, between blocks or <br><br>, counts as paragraphs of it.
        for (String[] run : inlineRuns(e)) addParagraph(scores, e, run[0], Double.parseDouble(run[1]));
      }
    }
    return scores;
  }

  private static void addParagraph(Map<Element, Double> scores, Element parent, String text, double linkDensity) {
    if (text.length() < 25) return;
    double s = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
    s *= 1 - linkDensity;
    Element anc = parent;
    for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      if (!scores.containsKey(anc)) scores.put(anc, classWeight(anc));
      scores.merge(anc, s / divider, Double::sum);
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') n++;
    }
    return n;
  }

  /** Runs of inline content directly inside {@code e}, split at block children and double line breaks. */
  private static List<String[]> inlineRuns(Element e) {
    List<String[]> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int links = 0;
    boolean lastBr = false;
    for (Node c : e.childNodes()) {
      boolean breakHere = false;
      if (c instanceof TextNode t) {
        String s = t.text().strip();
        if (!s.isEmpty()) { text.append(s).append(' '); lastBr = false; }
        continue;
      }
      if (!(c instanceof Element ce)) continue;
      if (ce.normalName().equals("br")) {
        breakHere = lastBr;
        lastBr = true;
      } else if (BLOCKS.contains(ce.normalName())) {
        breakHere = true;
      } else {
        String s = ce.text();
        text.append(s).append(' ');
        if (ce.normalName().equals("a")) links += s.length();
        else for (Element a : ce.select("a")) links += a.text().length();
        lastBr = false;
      }
      if (breakHere && text.length() > 0) {
        runs.add(new String[] {text.toString().strip(), String.valueOf(Math.min(1.0, (double) links / text.length()))});
        text.setLength(0);
        links = 0;
      }
    }
    if (text.length() > 0) runs.add(new String[] {text.toString().strip(), String.valueOf(Math.min(1.0, (double) links / text.length()))});
    return runs;
  }

  private static boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (PARAGRAPHS.contains(tag)) return !tag.equals("li") && !tag.equals("td") || e.select("p").isEmpty();
    return false;
  }

  static double classWeight(Element e) {
    double w = 0;
    for (String hint : new String[] {e.className(), e.id()}) {
      if (hint.isEmpty()) continue;
      if (NEGATIVE.matcher(hint).find()) w -= 25;
      if (POSITIVE.matcher(hint).find()) w += 25;
    }
    String tag = e.normalName();
    if (tag.equals("article") || "articleBody".equals(e.attr("itemprop"))) w += 30;
    if (tag.equals("div") || tag.equals("section")) w += 5;
    if (tag.equals("td") || tag.equals("blockquote") || tag.equals("form")) w -= 3;
    return w;
  }

  static double linkDensity(Element e) {
    int len = e.text().length();
    if (len == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1, (double) links / len);
  }

  /**
   * Moves up while a parent adds real paragraphs without diluting them much: an article body is
   * often split over several containers (around figures, pull quotes, ads) whose common ancestor
   * lies above the reach of the paragraph scores.
   */
  private static Element widen(Element top) {
    Element current = top;
    double good = goodText(current);
    double density = good / Math.max(1, current.text().length());
    for (Element parent = current.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
      double g = goodText(parent);
      double d = g / Math.max(1, parent.text().length());
      if (g > good * GROWTH && d >= density * DILUTION) {
        current = parent;
        good = g;
        density = d;
      } else if (g > good) {
        break;
      }
    }
    return current;
  }

  /** A parent must add this share of prose (1.3 = 30% more)… */
  private static final double GROWTH = 1.3;
  /** …while keeping this share of its child's prose density. */
  private static final double DILUTION = 0.9;

  /** Characters in paragraphs that read like prose: long enough and mostly not links. */
  private static double goodText(Element e) {
    double n = 0;
    for (Element p : e.getAllElements()) {
      if (isParagraph(p)) {
        String t = p.text();
        if (t.length() >= 60 && linkDensity(p) < 0.3) n += t.length();
      } else if (CONTAINERS.contains(p.normalName())) {
        for (String[] run : inlineRuns(p)) if (run[0].length() >= 60 && Double.parseDouble(run[1]) < 0.3) n += run[0].length();
      }
    }
    return n;
  }

  /** The top container plus siblings that score well or hold a real paragraph of their own. */
  private static List<Element> withSiblings(Element top, Map<Element, Double> scores, double topScore) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    Elements siblings = parent.children();
    for (Element s : siblings) {
      if (s == top) { out.add(s); continue; }
      double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
      double ss = scores.getOrDefault(s, 0.0) + bonus;
      if (ss >= threshold) { out.add(s); continue; }
      if (s.normalName().equals("p")) {
        String t = s.text();
        double ld = linkDensity(s);
        if (t.length() > 80 && ld < 0.25 || t.length() > 0 && t.length() <= 80 && ld == 0 && t.matches("(?s).*\\.( |$).*")) out.add(s);
      }
    }
    return out;
  }
}
