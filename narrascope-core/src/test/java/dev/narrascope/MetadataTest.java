package dev.narrascope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MetadataTest {
  @Test
  void articleJson_metadataInKeyOrder_whateverTheInputOrder() throws Exception {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("source_feed", "f");
    given.put("charsetFrom", "bom");
    given.put("charset", "UTF-8");
    Article a = new Article("id", "o", null, "t", null, null, "en", 1, "text", given, null);

    assertThat(Json.MAPPER.writeValueAsString(a.metadata())).isEqualTo("{\"charset\":\"UTF-8\",\"charsetFrom\":\"bom\",\"source_feed\":\"f\"}");
    assertThatThrownBy(() -> a.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new RawDocument("o", null, null, "c", RawDocument.Kind.TEXT, null, null, given).metadata().keySet())
        .containsExactly("charset", "charsetFrom", "source_feed");
  }
}
