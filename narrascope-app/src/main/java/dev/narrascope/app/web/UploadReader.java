package dev.narrascope.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.RawDocument;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a POST body into documents: one JSON object (or an array of them), JSON Lines, or a raw
 * HTML or plain-text page. Bad JSON lines become findings, like bad files in the CLI; a request
 * that is unusable as a whole is a 400/413/415. Stateless apart from its limits; thread-safe.
 */
final class UploadReader {
  private static final String ORIGIN = "api";
  private final long maxBytes;
  private final int maxDocuments;

  UploadReader(long maxBytes, int maxDocuments) {
    this.maxBytes = maxBytes;
    this.maxDocuments = maxDocuments;
  }

  List<RawDocument> read(Context ctx, Findings findings) {
    String type = mediaType(ctx.contentType());
    String body = body(ctx);
    if (body.isBlank()) throw ApiException.badRequest("empty request body");
    return switch (type) {
      case "application/json" -> json(body);
      case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines" ->
          jsonLines(body, findings);
      case "text/html" -> List.of(raw(ctx, body, RawDocument.Kind.HTML));
      case "text/plain" -> List.of(raw(ctx, body, RawDocument.Kind.TEXT));
      default -> throw ApiException.unsupportedType("send application/json, application/x-ndjson, text/html or text/plain, not '"
          + Params.abbreviate(type) + "'");
    };
  }

  static String mediaType(String contentType) {
    if (contentType == null) return "";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** Reads at most {@code maxBytes}, so an oversized (or endless chunked) body cannot fill memory. */
  private String body(Context ctx) {
    String declared = ctx.header("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > maxBytes) throw tooLarge();
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("bad Content-Length");
      }
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) throw tooLarge();
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  private ApiException tooLarge() {
    return ApiException.tooLarge("request body larger than " + maxBytes + " bytes; split the batch");
  }

  private List<RawDocument> json(String body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
    }
    List<JsonNode> items = new ArrayList<>();
    if (root != null && root.isArray()) root.forEach(items::add);
    else items.add(root);
    checkCount(items.size());
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String origin = items.size() == 1 ? ORIGIN : ORIGIN + "[" + i + "]";
      JsonNode n = items.get(i);
      if (n == null || !n.isObject()) throw ApiException.badRequest(origin + ": expected a JSON object with text or html");
      RawDocument d = document(n, origin);
      if (d == null) throw ApiException.badRequest(origin + ": needs a non-empty \"text\" or \"html\" field");
      docs.add(d);
    }
    return docs;
  }

  private List<RawDocument> jsonLines(String body, Findings findings) {
    String[] lines = body.split("\r?\n");
    long nonBlank = java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
    checkCount(nonBlank);
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      String origin = ORIGIN + ":" + (i + 1);
      try {
        JsonNode n = Json.MAPPER.readTree(lines[i]);
        RawDocument d = n != null && n.isObject() ? document(n, origin) : null;
        if (d == null) findings.add("ingest", "no-content", origin, "line is not an object with text or html");
        else docs.add(d);
      } catch (JsonProcessingException e) {
        findings.add("ingest", "malformed-json", origin, "malformed JSON: " + e.getOriginalMessage());
      }
    }
    return docs;
  }

  private void checkCount(long n) {
    if (n > maxDocuments) throw ApiException.tooLarge(n + " documents in one request; at most " + maxDocuments);
  }

  /** The document of one JSON object, or {@code null} when it has neither text nor html. */
  static RawDocument document(JsonNode n, String origin) {
    String html = str(n, "html");
    String text = str(n, "text");
    boolean isHtml = html != null && !html.isBlank();
    if (!isHtml && (text == null || text.isBlank())) return null;
    Map<String, String> metadata = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> {
      String k = e.getKey();
      if (!List.of("url", "title", "text", "html", "published", "source").contains(k) && metadata.size() < 50) {
        metadata.put(k, e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
      }
    });
    String title = str(n, "title");
    // Plain text reads as "first line = title, then body" (as in text files); leading with the given
    // title keeps a one-line body from being taken for the title.
    String content = isHtml ? html : title == null || title.isBlank() ? text : title.strip() + "\n" + text;
    return new RawDocument(origin, str(n, "url"), title, content,
        isHtml ? RawDocument.Kind.HTML : RawDocument.Kind.TEXT, str(n, "published"), str(n, "source"), metadata);
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  /** A raw page; url, title, source and published may come as query parameters. */
  private static RawDocument raw(Context ctx, String body, RawDocument.Kind kind) {
    return new RawDocument(ORIGIN, Params.text(ctx, "url"), Params.text(ctx, "title"), body, kind,
        Params.text(ctx, "published"), Params.text(ctx, "source"), Map.of());
  }
}
