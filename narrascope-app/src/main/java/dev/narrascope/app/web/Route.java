package dev.narrascope.app.web;

import io.javalin.http.Handler;
import java.util.Set;

/**
 * One API route: method, Javalin path (with {@code {param}} segments, as in OpenAPI), handler, who
 * may call it and the query parameters it takes (any other is a 400). {@link Routes} lists them all,
 * so the OpenAPI document can be checked against them.
 */
record Route(String method, String path, Access access, Set<String> params, Handler handler) {
  Route {
    params = Set.copyOf(params);
  }
}
