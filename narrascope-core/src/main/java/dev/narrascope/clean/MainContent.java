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
      + "|hidden|visually-hidden|sr-only|print-only|caption|credit|teaser|widget)($|[\\s_-])");
  private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|post|entry|text");
  private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
      + "|pagination|post|text|blog|story|paragraph|prose|rich-?text");
  private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
      + "|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share"
      + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|recirc|trending");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "header",
      "figure", "hr", "address", "center", "form", "body", "tbody", "thead", "details", "summary");
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
    top = widen(top, scores);
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
      boolean unlikely = UNLIKELY.matcher(hint).find() && !MAYBE.matcher(hint).find()
          || e.attr("role").matches("(?i)navigation|complementary|banner|contentinfo|dialog|menu");
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
    for (Element p : body.getAllElements()) {
      if (!isParagraph(p)) continue;
      String text = p.text();
      if (text.length() < 25) continue;
      double s = 1 + text.split("[,，、،]").length - 1 + Math.min(text.length() / 100.0, 3);
      s *= 1 - linkDensity(p);
      Element anc = p.parent();
      for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(anc, s / divider, Double::sum);
        if (!scores.containsKey(anc) || scores.get(anc) == s / divider) scores.merge(anc, classWeight(anc), Double::sum);
      }
    }
    return scores;
  }

  private static boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (PARAGRAPHS.contains(tag)) return !tag.equals("li") && !tag.equals("td") || e.select("p").isEmpty();
    // A div that holds text directly, without block children, is a paragraph written without <p>.
    if (tag.equals("div") || tag.equals("section")) {
      for (Element c : e.children()) if (BLOCKS.contains(c.normalName())) return false;
      return ownTextLength(e) > 0;
    }
    return false;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) if (c instanceof TextNode t) n += t.text().strip().length();
    return n;
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
   * Moves up while the parent scores nearly as well: the article's paragraphs are often split over
   * several sibling containers whose common parent is the real body.
   */
  private static Element widen(Element top, Map<Element, Double> scores) {
    Element current = top;
    double own = scores.getOrDefault(top, 0.0);
    Element parent = current.parent();
    while (parent != null && !parent.normalName().equals("body")) {
      double ps = scores.getOrDefault(parent, 0.0);
      if (ps < own * 0.75) break;
      if (paragraphTextOf(parent) > paragraphTextOf(current) * 1.0 && ps >= own * 0.75) current = parent;
      parent = parent.parent();
    }
    return current;
  }

  private static int paragraphTextOf(Element e) {
    int n = 0;
    for (Element p : e.getAllElements()) if (isParagraph(p) && linkDensity(p) < 0.5) n += p.text().length();
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
