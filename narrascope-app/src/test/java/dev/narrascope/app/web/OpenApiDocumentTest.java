package dev.narrascope.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.narrascope.Json;
import dev.narrascope.Pipelines;
import dev.narrascope.clean.ArticleExtractor;
import dev.narrascope.store.sqlite.SqliteArticleStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document and the server's routes must list the same operations. */
final class OpenApiDocumentTest {
  @TempDir Path dir;

  @Test
  void everyRouteIsDocumented_andEveryDocumentedOperationExists() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(Routes.openApi());
    Set<String> documented = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    Set<String> routed = new TreeSet<>();
    try (var store = SqliteArticleStore.open(dir.resolve("x.db"))) {
      for (Route r : Routes.all(store, ArticleExtractor.defaults(), Pipelines.defaults(), ServerConfig.local(0, "01234567", null))) {
        routed.add(r.method() + " " + r.path());
        JsonNode op = doc.at("/paths/" + r.path().replace("/", "~1") + "/" + r.method().toLowerCase(Locale.ROOT));
        // Public routes say so (empty security); protected ones document 401.
        if (r.access() == Access.PUBLIC) assertThat(op.get("security")).as(r.path()).isEmpty();
        else assertThat(op.at("/responses/401").isMissingNode()).as(r.path() + " documents 401").isFalse();
        if (r.access() == Access.WRITE) assertThat(op.at("/responses/403").isMissingNode()).as(r.path() + " documents 403").isFalse();
        // Every route refuses unknown query parameters, so the document must list exactly the ones it takes.
        Set<String> query = new TreeSet<>();
        op.path("parameters").forEach(p -> { if (p.path("in").asText().equals("query")) query.add(p.path("name").asText()); });
        assertThat(query).as(r.method() + " " + r.path() + " query parameters").isEqualTo(new TreeSet<>(r.params()));
        assertThat(op.at("/responses/400").isMissingNode()).as(r.path() + " documents 400").isFalse();
      }
    }
    assertThat(routed).isEqualTo(documented);
    JsonNode post = doc.at("/paths/~1api~1articles/post");
    for (String status : new String[] {"408", "413", "415", "422", "503"}) {
      assertThat(post.at("/responses/" + status).isMissingNode()).as("POST /api/articles documents " + status).isFalse();
    }
    assertThat(post.at("/requestBody/content").fieldNames()).toIterable()
        .contains("application/rss+xml", "application/atom+xml", "application/xml", "text/xml");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
  }
}
