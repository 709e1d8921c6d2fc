package dev.narrascope.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.narrascope.Json;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (requests refused before they reach a route: a {@code %00} in the path,
 * a malformed header…) in the API's {@code {"error": code, "message": …}} shape with the security
 * headers, instead of Jetty's HTML page. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                               List<Charset> charsets, int code, String message, Throwable cause) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    WebServer.securityHeaders().forEach(headers::put);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    return true;
  }

  private static byte[] body(int status, String message) {
    String text = message == null || message.isBlank() ? "request refused" : message;
    try {
      return Json.MAPPER.writeValueAsBytes(new WebServer.ErrorBody(WebServer.codeOf(status), text));
    } catch (JsonProcessingException e) {
      return ("{\"error\":\"" + WebServer.codeOf(status) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
