package dev.narrascope.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Findings;
import dev.narrascope.Json;
import dev.narrascope.RawDocument;
import io.javalin.http.Context;
import dev.narrascope.ingest.Ingestor;
import dev.narrascope.ingest.TextDecoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Turns a POST body into documents: one JSON object (or an array of them), JSON Lines, an RSS or
 * Atom feed, or a raw HTML or plain-text page. The body is decoded in the charset its
 * {@code Content-Type} declares, else as the file ingest decodes files ({@link TextDecoding}: byte-order
 * mark, UTF-8, a {@code <meta>} or XML declaration, else a statistical guess). Bad JSON lines and
 * feed items become findings, like bad files in the CLI; a request that is unusable as a whole is a
 * 400/408/413/415. Reading the body is bounded in size and in time; a body over the limit is read
 * and dropped (up to {@link #drainLimit}) before the 413, so that a client still sending it can read
 * the answer, unless the client waits for a {@code 100 Continue} and never sends it. Stateless apart from its limits;
 * thread-safe.
 */
final class UploadReader {
  private static final String ORIGIN = "api";
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");
  private final long maxBytes;
  private final int maxDocuments;
  private final Duration timeout;

  UploadReader(long maxBytes, int maxDocuments, Duration timeout) {
    this.maxBytes = maxBytes;
    this.maxDocuments = maxDocuments;
    this.timeout = timeout;
  }

  List<RawDocument> read(Context ctx, Findings findings) {
    // The raw header: the servlet API throws on a charset Java does not know, which is the client's mistake.
    String contentType = ctx.header("Content-Type");
    String type = mediaType(contentType);
    if (!SUPPORTED.contains(type)) {
      throw ApiException.unsupportedType("send application/json, application/x-ndjson, text/html, text/plain or an RSS/Atom"
          + " feed (application/rss+xml, application/atom+xml, application/xml, text/xml), not '" + Params.abbreviate(type) + "'");
    }
    Charset declared = declaredCharset(contentType);
    byte[] bytes = body(ctx);
    if (bytes.length == 0 || (bytes.length < 4096 && new String(bytes, StandardCharsets.ISO_8859_1).isBlank())) {
      throw ApiException.badRequest("empty request body");
    }
    if (FEEDS.contains(type)) {
      List<RawDocument> docs = new ArrayList<>();
      Ingestor.defaults().withMaxDocumentBytes(maxBytes).readFeed(ORIGIN, bytes, declared, docs::add, findings);
      checkCount(docs.size());
      return docs;
    }
    String body = decode(bytes, declared);
    if (body.isBlank()) throw ApiException.badRequest("empty request body");
    return switch (type) {
      case "application/json" -> json(body);
      case "text/html" -> List.of(raw(ctx, body, RawDocument.Kind.HTML));
      case "text/plain" -> List.of(raw(ctx, body, RawDocument.Kind.TEXT));
      default -> jsonLines(body, findings);
    };
  }

  private static final Set<String> JSON_LINES =
      Set.of("application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines");
  /** Feeds; plain XML types are read as feeds too (a feed is the only XML an article store takes). */
  private static final Set<String> FEEDS = Set.of("application/rss+xml", "application/atom+xml", "application/xml", "text/xml");
  private static final Set<String> SUPPORTED;

  static {
    Set<String> all = new java.util.HashSet<>(JSON_LINES);
    all.addAll(FEEDS);
    all.addAll(List.of("application/json", "text/html", "text/plain"));
    SUPPORTED = Set.copyOf(all);
  }

  static String mediaType(String contentType) {
    if (contentType == null) return "";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset the Content-Type declares, or {@code null} when it declares none; an unknown one is a 415. */
  static Charset declaredCharset(String contentType) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) return null;
    Charset cs = TextDecoding.forLabel(m.group(1));
    if (cs == null) throw ApiException.unsupportedType("unknown charset '" + Params.abbreviate(m.group(1)) + "'");
    return cs;
  }

  /** The declared charset wins; without one, the bytes are decoded as the file ingest decodes files. */
  private static String decode(byte[] bytes, Charset declared) {
    if (declared != null) {
      String text = new String(bytes, declared);
      // A byte-order mark is not content.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
    try {
      return TextDecoding.decode(bytes).text();
    } catch (IOException e) {
      throw ApiException.badRequest("cannot decode the request body: " + e.getMessage()
          + "; declare its charset (Content-Type: …; charset=…)");
    }
  }

  /**
   * Reads at most {@code maxBytes}, so an oversized (or endless chunked) body cannot fill memory, and
   * within {@code timeout}, so a client trickling its body cannot hold a server thread: before every
   * read the connection's idle timeout is cut to the time left, so even a stalled read ends on time.
   */
  private byte[] body(Context ctx) {
    String declared = ctx.header("Content-Length");
    long length = -1;
    if (declared != null) {
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("bad Content-Length");
      }
    }
    // A client that asked to go on only when told never sends a body refused from its declared length.
    boolean waitsForGoAhead = "100-continue".equalsIgnoreCase(String.valueOf(ctx.header("Expect")).strip());
    if (length > maxBytes && (waitsForGoAhead || length > drainLimit())) throw tooLarge();
    boolean refused = length > maxBytes;
    long deadline = System.nanoTime() + timeout.toNanos();
    EndPoint connection = connection(ctx);
    long idle = connection == null ? 0 : connection.getIdleTimeout();
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long discarded = 0;
      byte[] chunk = new byte[64 * 1024];
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw refused ? tooLarge() : timedOut();
        if (connection != null) {
          long leftMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(left));
          connection.setIdleTimeout(idle > 0 ? Math.min(idle, leftMillis) : leftMillis);
        }
        int n = in.read(chunk);
        if (n < 0) break;
        if (!refused && out.size() + (long) n > maxBytes) {
          refused = true;
          discarded = out.size();
          out = new ByteArrayOutputStream();
        }
        if (refused) {
          // Read on and drop it, so that the client gets to read the 413: closing on a body it is still
          // sending resets the connection, and the reset can reach it before the answer.
          discarded += n;
          if (discarded > drainLimit()) throw tooLarge();
          continue;
        }
        out.write(chunk, 0, n);
      }
      if (refused) throw tooLarge();
      return out.toByteArray();
    } catch (IOException e) {
      if (refused) throw tooLarge();
      if (deadline - System.nanoTime() <= 0) throw timedOut();
      // The connection's idle timeout ended a stalled read before the deadline: as slow, for the client.
      if (isTimeout(e)) {
        throw new ApiException(408, "request-timeout", "the request body stopped arriving (no data for "
            + (connection == null ? "a while" : idle / 1000 + " s") + "); send it in one go");
      }
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    } finally {
      if (connection != null) connection.setIdleTimeout(idle);
    }
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.io.InterruptedIOException) return true;
    }
    return false;
  }

  /** Jetty's end of the request's connection, whose idle timeout bounds each read; {@code null} if unavailable. */
  private static EndPoint connection(Context ctx) {
    try {
      return ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private ApiException timedOut() {
    String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    return new ApiException(408, "request-timeout", "the request body took longer than " + limit
        + " to arrive; send it faster or in smaller batches");
  }

  /**
   * The most of a refused body read and dropped before answering (four times the limit, at least
   * 64 MB: a 50 MB page gets its 413); beyond it, the connection is closed on the rest.
   */
  private long drainLimit() {
    return Math.max(4 * maxBytes, 64L << 20);
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
