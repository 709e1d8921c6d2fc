package dev.narrascope.app.web;

import io.javalin.http.Handler;

/**
 * One API route: method, Javalin path (with {@code {param}} segments, as in OpenAPI), handler and
 * who may call it. {@link Routes} lists them all, so the OpenAPI document can be checked against them.
 */
record Route(String method, String path, Access access, Handler handler) {}
