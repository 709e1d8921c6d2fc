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
      }
    }
    assertThat(routed).isEqualTo(documented);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
  }
}
