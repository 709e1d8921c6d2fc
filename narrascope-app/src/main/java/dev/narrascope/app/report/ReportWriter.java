package dev.narrascope.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Json;
import dev.narrascope.Explanation;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the analysis report of a batch in one of the {@link ReportFormat}s. JSON and JSON Lines
 * carry every field of {@link Article}; the tabular formats (table, CSV, Markdown, HTML) carry the
 * columns of {@link #row(Article)}: the same analysis (narratives, the explanation with its evidence
 * sentences and their offsets, actors with roles, quotes with speakers, story) as text.
 */
public final class ReportWriter {
  private ReportWriter() {}

  public static void write(ReportFormat format, List<Article> articles, List<Finding> findings, PrintWriter out) {
    switch (format) {
      case json -> out.println(json(new Report(articles, findings), true));
      case jsonl -> articles.forEach(a -> out.println(json(a, false)));
      case csv -> csv(articles, out);
      case markdown -> markdown(articles, out);
      case html -> html(articles, out);
      case table -> table(articles, out);
      case none -> { }
    }
    out.flush();
  }

  /** The summary columns shared by the tabular formats. */
  static Map<String, String> row(Article a) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("title", a.title());
    r.put("outlet", nz(a.outlet()));
    r.put("published", a.published() == null ? "" : a.published().toString());
    r.put("language", a.language());
    r.put("language_confidence", String.format(Locale.ROOT, "%.2f", a.languageConfidence()));
    Explanation x = a.analysis().explanation();
    r.put("dominant_narrative", x == null ? "" : named(x.narrative()));
    r.put("dominant_sub_narrative", x == null ? "" : named(x.subNarrative()));
    r.put("narratives", labels(a.analysis().namedNarratives()));
    r.put("sub_narratives", labels(a.analysis().namedSubNarratives()));
    r.put("explanation", a.analysis().explanation() == null ? "" : a.analysis().explanation().text());
    // The sentences the explanation rests on: [start, end) character offsets into the clean text, then the sentence.
    r.put("evidence", a.analysis().explanation() == null ? "" : a.analysis().explanation().evidence().stream()
        .map(e -> e.start() + "-" + e.end() + " \"" + e.text() + "\"").collect(Collectors.joining("; ")));
    r.put("actors", a.analysis().actors().stream().map(ReportWriter::actor).collect(Collectors.joining("; ")));
    r.put("quotes", a.analysis().quotes().stream().map(ReportWriter::quote).collect(Collectors.joining("; ")));
    r.put("story", nz(a.analysis().storyId()));
    r.put("repost_of", nz(a.analysis().repostOf()));
    r.put("url", nz(a.url()));
    r.put("origin", nz(a.origin()));
    r.put("text", a.text());
    return r;
  }

  /** A label to show, or empty for the taxonomy's "Other" labels, which name no narrative. */
  private static String named(String label) {
    return LabelScore.isOther(label) ? "" : label;
  }

  private static String labels(List<LabelScore> ls) {
    return ls.stream().map(l -> String.format(Locale.ROOT, "%s (%.2f)", l.label(), l.confidence())).collect(Collectors.joining("; "));
  }

  /** {@code Actor: Antagonist (0.81) [Instigator]}, or {@code Actor: not framed} where the article frames it not. */
  private static String actor(ActorFraming f) {
    if (!f.framed()) return f.actor() + ": not framed";
    return f.actor() + ": " + f.mainRole() + String.format(Locale.ROOT, " (%.2f)", f.mainConfidence())
        + (f.fineRoles().isEmpty() ? "" : " [" + String.join(", ", f.fineRoles()) + "]");
  }

  /** {@code Speaker: "text" (direct, 615-704)}; the speaker is {@code (unknown)} where none was found. */
  private static String quote(Quote q) {
    return (q.speaker() == null || q.speaker().isBlank() ? "(unknown)" : q.speaker()) + ": \"" + q.text() + "\" ("
        + (q.direct() ? "direct" : "reported") + ", " + q.start() + "-" + q.end() + ")";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  static String json(Object o, boolean pretty) {
    try {
      return pretty ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) : Json.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(List<Article> articles, PrintWriter out) {
    if (articles.isEmpty()) {
      out.println(String.join(",", row(new Article("-", null, null, "", null, null, null, 0, "", null, null)).keySet()));
      return;
    }
    out.println(String.join(",", row(articles.get(0)).keySet()));
    for (Article a : articles) {
      out.println(row(a).values().stream().map(ReportWriter::csvCell).collect(Collectors.joining(",")));
    }
  }

  static String csvCell(String v) {
    if (v.isEmpty()) return v;
    // RFC 4180 quoting; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula.
    String safe = v.matches("^[=+\\-@].*") ? "'" + v : v;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static void table(List<Article> articles, PrintWriter out) {
    int n = 0;
    for (Article a : articles) {
      Map<String, String> r = row(a);
      out.printf("=== [%d] %s%n", ++n, a.title());
      for (var e : r.entrySet()) {
        if (e.getKey().equals("title") || e.getKey().equals("text") || e.getValue().isEmpty()) continue;
        out.printf("%-22s %s%n", e.getKey() + ":", e.getValue());
      }
      out.println();
      out.println(a.text());
      out.println();
    }
  }

  private static void markdown(List<Article> articles, PrintWriter out) {
    out.println("# Narrascope report");
    out.println();
    for (Article a : articles) {
      Map<String, String> r = row(a);
      out.println("## " + md(a.title()));
      out.println();
      for (var e : r.entrySet()) {
        if (e.getKey().equals("title") || e.getKey().equals("text") || e.getValue().isEmpty()) continue;
        out.println("- **" + e.getKey() + "**: " + md(e.getValue()));
      }
      out.println();
      for (String para : a.text().split("\n\\s*\n")) {
        out.println(md(para.strip()));
        out.println();
      }
    }
  }

  private static String md(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  private static void html(List<Article> articles, PrintWriter out) {
    out.println("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Narrascope report</title>");
    out.println("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}"
        + "dt{font-weight:600}article{border-bottom:1px solid #ccc;padding-bottom:1rem}</style></head><body>");
    out.println("<h1>Narrascope report</h1>");
    for (Article a : articles) {
      out.println("<article><h2>" + esc(a.title()) + "</h2><dl>");
      for (var e : row(a).entrySet()) {
        if (e.getKey().equals("title") || e.getKey().equals("text") || e.getValue().isEmpty()) continue;
        out.println("<dt>" + esc(e.getKey()) + "</dt><dd>" + esc(e.getValue()) + "</dd>");
      }
      out.println("</dl>");
      for (String para : a.text().split("\n\\s*\n")) out.println("<p>" + esc(para.strip()) + "</p>");
      out.println("</article>");
    }
    out.println("</body></html>");
  }

  /** HTML-escapes untrusted text for element content and quoted attributes. */
  public static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The JSON report: articles, then findings (a record keeps that order). */
  private record Report(List<Article> articles, List<Finding> findings) {}
}
