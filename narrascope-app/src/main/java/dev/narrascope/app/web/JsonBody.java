package dev.narrascope.app.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object request body, read with the field checks every JSON route needs; each problem is a
 * 400 naming the field. Not thread-safe: one per request.
 */
final class JsonBody {
  private final JsonNode root;

  private JsonBody(JsonNode root) {
    this.root = root;
  }

  /** @throws ApiException 400 when the body is not a JSON object */
  static JsonBody of(Context ctx) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(ctx.body());
    } catch (JacksonException e) {
      throw ApiException.badRequest("malformed JSON body: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) throw ApiException.badRequest("the body must be a JSON object");
    return new JsonBody(root);
  }

  /** A string field (a number is taken as its text), or {@code null} when absent. */
  String text(String field) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) return null;
    if (!n.isTextual() && !n.isNumber()) throw ApiException.badRequest("\"" + field + "\" must be a string");
    String v = n.asText().strip();
    return v.isEmpty() ? null : v;
  }

  String requiredText(String field) {
    String v = text(field);
    if (v == null) throw ApiException.badRequest("missing \"" + field + "\"");
    return v;
  }

  /** An integer field. */
  int requiredInt(String field) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) throw ApiException.badRequest("missing \"" + field + "\"");
    if (!n.canConvertToInt() || !n.isIntegralNumber()) throw ApiException.badRequest("\"" + field + "\" must be an integer");
    return n.asInt();
  }

  /** A list of strings that must be there (it may be empty). */
  List<String> requiredTexts(String field) {
    if (!root.has(field) || root.get(field).isNull()) throw ApiException.badRequest("missing \"" + field + "\" (a list; [] for none)");
    return texts(field);
  }

  /** A list of strings, empty when absent. */
  List<String> texts(String field) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) return List.of();
    if (!n.isArray()) throw ApiException.badRequest("\"" + field + "\" must be a list of strings");
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) throw ApiException.badRequest("\"" + field + "\" must be a list of strings");
      out.add(e.asText().strip());
    }
    return out;
  }
}
