package dev.narrascope.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the text of chosen elements as paragraphs: every block element (p, headings, list items,
 * blockquotes, divs holding text) starts a new paragraph, {@code <br>} a new line, and paragraphs
 * that are mostly link text (menus, "read also" lists) are dropped. Stateless and thread-safe.
 */
final class Paragraphs {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "header",
      "figure", "hr", "address", "center", "form", "body", "tbody", "thead", "details", "summary", "caption");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern SPACED_NEWLINE = Pattern.compile(" *\n *");
  private static final Pattern NEWLINES = Pattern.compile("\n{2,}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  private Paragraphs() {}

  static String of(Element root) {
    return of(List.of(root));
  }

  static String of(List<Element> roots) {
    Writer w = new Writer();
    for (Element r : roots) {
      w.walk(r, false);
      w.flush();
    }
    return String.join("\n\n", w.out);
  }

  private static final class Writer {
    final List<String> out = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int linkChars;
    int quoteDepth;

    void walk(Node node, boolean inLink) {
      if (node instanceof TextNode t) {
        String s = SPACES.matcher(t.getWholeText()).replaceAll(" ");
        if (current.length() == 0 || current.charAt(current.length() - 1) == '\n') s = s.stripLeading();
        current.append(s);
        if (inLink) linkChars += s.strip().length();
        return;
      }
      if (!(node instanceof Element e)) return;
      String tag = e.normalName();
      if (tag.equals("br")) {
        trimTrailing();
        // <br><br> is how paragraphs are written without <p>.
        if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
          flush();
          return;
        }
        current.append('\n');
        return;
      }
      boolean block = BLOCKS.contains(tag);
      if (block) flush();
      boolean link = inLink || tag.equals("a");
      boolean quote = tag.equals("blockquote");
      if (quote) quoteDepth++;
      for (Node c : e.childNodes()) walk(c, link);
      if (block) flush();
      if (quote) quoteDepth--;
    }

    void trimTrailing() {
      while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') current.setLength(current.length() - 1);
    }

    void flush() {
      String text = NEWLINES.matcher(SPACED_NEWLINE.matcher(current).replaceAll("\n")).replaceAll("\n").strip();
      int len = text.length() - (int) text.chars().filter(Character::isWhitespace).count();
      // Mostly-link blocks are menus and "read also" lists; a sentence with a link or two stays.
      // Quoted posts (embedded tweets) are mostly links and handles, yet they are what the article quotes.
      boolean linkList = quoteDepth == 0 && len > 0 && linkChars > 0.6 * len;
      if (!text.isEmpty() && !linkList) out.add(text);
      current.setLength(0);
      linkChars = 0;
    }
  }
}
