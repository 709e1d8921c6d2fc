/**
 * The HTTP API and web dashboard of {@code narrascope serve}: {@link dev.narrascope.app.web.WebServer}
 * wires Javalin routes to small controllers over an {@link dev.narrascope.store.ArticleStore}.
 */
package dev.narrascope.app.web;
