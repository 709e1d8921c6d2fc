package dev.narrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads JSON Lines ({@code {"url","title","text"|"html","published","source", …}} per line), one line
 * at a time. Unknown fields go into the document's metadata as strings. A bad line becomes a finding
 * named {@code file.jsonl:LINE}; the other lines are still read. Thread-safe.
 */
final class JsonLinesReader {
  /** Plain Jackson, the one mapper of the JSON readers ({@link JsonDocumentReader} too). */
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> KNOWN = Set.of("url", "title", "text", "html", "published", "source");

  private final int maxLineBytes;

  JsonLinesReader(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  void read(String origin, InputStream in, Consumer<RawDocument> sink, Findings findings) throws IOException {
    LineSplitter lines = new LineSplitter(in, maxLineBytes);
    int lineNo = 0;
    while (lines.next()) {
      lineNo++;
      String where = origin + ":" + lineNo;
      if (lines.tooLong()) {
        findings.add(Ingestor.STAGE, "too-large", where, "line over the " + Sizes.human(maxLineBytes) + " limit, skipped");
        continue;
      }
      int start = lineNo == 1 ? skipBom(lines.bytes(), lines.length()) : 0;
      if (isBlank(lines.bytes(), start, lines.length())) continue;
      JsonNode node;
      try {
        node = MAPPER.readTree(lines.bytes(), start, lines.length() - start);
      } catch (JsonProcessingException e) {
        findings.add(Ingestor.STAGE, "malformed-json", where, "malformed JSON: " + Sizes.oneLine(e.getOriginalMessage()));
        continue;
      }
      if (!node.isObject()) {
        findings.add(Ingestor.STAGE, "malformed-json", where, "malformed JSON: expected an object, found " + node.getNodeType().toString().toLowerCase());
        continue;
      }
      accept(where, node, sink, findings);
    }
  }

  /** One record given as a map (a Parquet row), read as its JSON line would be. */
  static void readRecord(String where, Map<String, ?> fields, Consumer<RawDocument> sink, Findings findings) {
    accept(where, MAPPER.valueToTree(fields), sink, findings);
  }

  /** One article object, named {@code where}: to the sink, or a finding when it has no text. */
  static void accept(String where, JsonNode node, Consumer<RawDocument> sink, Findings findings) {
    RawDocument doc = toDocument(where, node);
    if (doc == null) {
      List<String> names = new ArrayList<>();
      node.properties().forEach(field -> names.add(field.getKey()));
      findings.add(Ingestor.STAGE, "no-text", where, "no \"text\" or \"html\" field (fields: " + String.join(", ", names) + ")");
    } else {
      sink.accept(doc);
    }
  }

  private static RawDocument toDocument(String where, JsonNode node) {
    String html = text(node, "html");
    String text = text(node, "text");
    boolean isHtml = html != null && !html.isBlank();
    if (!isHtml && (text == null || text.isBlank())) return null;
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode v = field.getValue();
      if (KNOWN.contains(field.getKey()) || v.isNull()) continue;
      metadata.put(field.getKey(), v.isValueNode() ? v.asText() : v.toString());
    }
    return new RawDocument(where, text(node, "url"), text(node, "title"), isHtml ? html : text,
        isHtml ? RawDocument.Kind.HTML : RawDocument.Kind.TEXT, text(node, "published"), text(node, "source"), metadata);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  private static int skipBom(byte[] b, int len) {
    return len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
    return true;
  }
}
