package dev.narrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a JSON document (a {@code .json} export that is not JSON Lines): an array of article objects,
 * or one article object, each with the fields of a JSON Lines record ({@link JsonLinesReader}). The
 * array is streamed, one element at a time; element {@code i} (from 1) is named {@code file.json#i}.
 * Syntax errors cannot be skipped inside one document, so the first one ends the file with a finding
 * giving its line and column; the items before it are kept. Thread-safe.
 */
final class JsonDocumentReader {
  private JsonDocumentReader() {}

  static void read(String origin, InputStream in, Consumer<RawDocument> sink, Findings findings) throws IOException {
    int count = 0;
    // readValues iterates a root-level array's elements (and a lone object as one value).
    try (MappingIterator<JsonNode> values = JsonLinesReader.MAPPER.readerFor(JsonNode.class).readValues(in)) {
      while (values.hasNextValue()) {
        JsonNode node = values.nextValue();
        String where = origin + "#" + ++count;
        if (node.isObject()) JsonLinesReader.accept(where, node, sink, findings);
        else findings.add(Ingestor.STAGE, "malformed-json", where, "expected an article object, found " + kind(node));
      }
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      findings.add(Ingestor.STAGE, "malformed-json", origin, "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
          + ", column " + at.getColumnNr()) + ": " + Sizes.oneLine(e.getOriginalMessage())
          + (count > 0 ? " (items 1–" + count + " before it were read)" : ""));
      return;
    }
    if (count == 0) findings.add(Ingestor.STAGE, "empty-file", origin, "no articles: an empty JSON document");
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
