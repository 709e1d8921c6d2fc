package dev.narrascope.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, date, outlet, author and URL of an HTML page, read from Open Graph and article meta tags,
 * JSON-LD and the markup, in that order of trust. Must be read before the page is pruned.
 *
 * @param title     the headline without a {@code " | Site"} suffix, or empty
 * @param published the publication date, or {@code null}
 * @param outlet    the site name, or the URL's host without {@code www.}, or {@code null}
 * @param url       the page URL (given, canonical or og:url), or {@code null}
 * @param body      JSON-LD {@code articleBody}, or {@code null}: a signal for the body extractor
 * @param extra     author, description, section, keywords, when present
 */
record PageMetadata(String title, LocalDate published, String outlet, String url, String body,
                    Map<String, String> extra) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—»·:]\\s+");

  static PageMetadata read(Document page, String givenUrl) {
    List<JsonNode> ld = jsonLd(page);
    JsonNode article = ld.stream().filter(PageMetadata::isArticle).findFirst()
        .orElse(ld.isEmpty() ? null : ld.get(0));
    String url = firstNonBlank(givenUrl, attr(page, "link[rel=canonical]", "href"), meta(page, "og:url"));
    String site = firstNonBlank(meta(page, "og:site_name"), article == null ? null : text(article.path("publisher").path("name")));
    String outlet = firstNonBlank(site, host(url));
    String title = title(page, article, site);
    Map<String, String> extra = new LinkedHashMap<>();
    putIfPresent(extra, "author", firstNonBlank(meta(page, "author"), meta(page, "article:author"),
        article == null ? null : author(article.path("author")), page.select("[rel=author], [itemprop=author]").text()));
    putIfPresent(extra, "description", firstNonBlank(meta(page, "og:description"), meta(page, "description")));
    putIfPresent(extra, "section", meta(page, "article:section"));
    putIfPresent(extra, "keywords", meta(page, "keywords"));
    return new PageMetadata(title, published(page, article, url), outlet, url,
        article == null ? null : text(article.path("articleBody")), extra);
  }

  private static String title(Document page, JsonNode article, String site) {
    String og = meta(page, "og:title");
    String ld = article == null ? null : text(article.path("headline"));
    Element h1 = page.selectFirst("h1");
    String raw = firstNonBlank(og, ld, h1 == null ? null : h1.text(), page.title());
    return raw == null ? "" : stripSiteSuffix(raw.strip(), site);
  }

  /** "Headline | Site" → "Headline": drops the last segment when it names the site or is short. */
  static String stripSiteSuffix(String title, String site) {
    var m = TITLE_SEPARATOR.matcher(title);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) { last = m.start(); lastEnd = m.end(); }
    if (last <= 0) return title;
    String tail = title.substring(lastEnd);
    boolean namesSite = site != null && tail.equalsIgnoreCase(site.strip());
    // A short tail after a separator is nearly always the site name; a long one is part of the headline,
    // and so is one that starts in lower case ("… — and your savings"), unless it is a host name.
    boolean continues = Character.isLowerCase(tail.codePointAt(0)) && !tail.contains(".");
    if (namesSite || (tail.split("\\s+").length <= 3 && last >= 20 && !continues)) {
      return stripSiteSuffix(title.substring(0, last).strip(), site);
    }
    return title;
  }

  private static LocalDate published(Document page, JsonNode article, String url) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(page, "article:published_time"));
    if (article != null) candidates.add(text(article.path("datePublished")));
    for (String name : List.of("datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time")) {
      candidates.add(meta(page, name));
    }
    candidates.add(attr(page, "[itemprop=datePublished]", "content"));
    candidates.add(attr(page, "[itemprop=datePublished]", "datetime"));
    candidates.add(articleTime(page));
    for (String c : candidates) {
      LocalDate d = Dates.parse(c);
      if (d != null) return d;
    }
    return Dates.fromUrl(url);
  }

  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : page.select("script[type=application/ld+json]")) {
      try {
        flatten(JSON.readTree(s.data()), out);
      } catch (Exception e) {
        // Broken JSON-LD is common and harmless: the meta tags and markup still carry the same facts.
      }
    }
    return out;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) return;
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) flatten(node.get("@graph"), out);
      if (node.has("mainEntity")) flatten(node.get("mainEntity"), out);
    }
  }

  private static boolean isArticle(JsonNode n) {
    String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
    return type.contains("article") || type.contains("posting") || type.contains("report") || n.has("articleBody");
  }

  private static String author(JsonNode a) {
    if (a.isArray()) {
      List<String> names = new ArrayList<>();
      a.forEach(x -> { String n = author(x); if (n != null) names.add(n); });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return a.isObject() ? text(a.path("name")) : text(a);
  }

  private static String text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
  }

  private static String meta(Document page, String name) {
    Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
  }

  /** The first {@code <time datetime>} outside the page's header, navigation, sidebars and footer, where date widgets live. */
  private static String articleTime(Document page) {
    for (Element e : page.select("time[datetime]")) {
      boolean furniture = e.parents().stream().anyMatch(p -> p.nameIs("header") && p.parents().stream().noneMatch(a -> a.nameIs("article"))
          || p.nameIs("nav") || p.nameIs("aside") || p.nameIs("footer"));
      if (!furniture && !e.attr("datetime").isBlank()) return e.attr("datetime").strip();
    }
    return null;
  }

  private static String attr(Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
  }

  static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void putIfPresent(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) m.put(k, v.strip());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }
}
