package dev.narrascope.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Article;
import dev.narrascope.narrative.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DefinitionsTest {
  @TempDir Path dir;

  /** Two domains sharing a narrative name, as the task's taxonomy does. */
  static Taxonomy taxonomy() throws IOException {
    String json = "{\"A\": {\"Plots\": [\"Secret rulers\"], \"Fear\": []}, \"B\": {\"Plots\": [\"Hidden hands\"]}}";
    return Taxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_quotedFieldsAndRepeatedNames_matchLabelsInTaxonomyOrder() throws IOException {
    Files.writeString(dir.resolve(Definitions.NARRATIVES_FILE), "\uFEFFnarrative,definition,example\r\n"
        + "Plots,\"Claims of a plot, first domain\",x\r\n"
        + "Fear,\"Spreads \"\"fear\"\"\nover two lines\",y\r\n"
        + "Plots,Claims of a plot in the second domain,z\r\n"
        + "Unknown,Not in the taxonomy,w\r\n");
    Files.writeString(dir.resolve(Definitions.SUB_NARRATIVES_FILE), "subnarrative,definition\nHidden hands,Someone pulls strings\n");

    Definitions d = Definitions.read(dir, taxonomy());

    assertThat(d.of("A: Plots")).isEqualTo("Claims of a plot, first domain");
    assertThat(d.of("B: Plots")).isEqualTo("Claims of a plot in the second domain");
    assertThat(d.of("A: Fear")).isEqualTo("Spreads \"fear\" over two lines");
    assertThat(d.of("B: Plots: Hidden hands")).isEqualTo("Someone pulls strings");
    assertThat(d.of("A: Plots: Secret rulers")).isNull();
    assertThat(d.size()).isEqualTo(4);
  }

  @Test
  void prompt_listsEveryLabelWithItsDefinition_andCutsLongArticles() throws IOException {
    Files.writeString(dir.resolve(Definitions.NARRATIVES_FILE), "narrative,definition\nFear,Spreads fear\n");
    Files.writeString(dir.resolve(Definitions.SUB_NARRATIVES_FILE), "subnarrative,definition\n");
    Taxonomy t = taxonomy();
    PromptBuilder prompts = new PromptBuilder(t, Definitions.read(dir, t));
    Article long_ = new Article("id", null, null, "Title", null, null, "pt", 1, "x".repeat(PromptBuilder.MAX_ARTICLE_CHARS + 500), null, null);

    Prompt p = prompts.build(long_);

    assertThat(p.system()).contains("- A: Fear (Spreads fear)", "  - A: Plots: Secret rulers", "  - B: Plots: Other", "Innocent: Forgotten");
    assertThat(p.user()).startsWith("Language: PT\n\nTitle\n\n").endsWith("x […]");
    assertThat(p.user().length()).isLessThan(PromptBuilder.MAX_ARTICLE_CHARS + 100);
    assertThat(List.of(p.cacheKey("m1"), p.cacheKey("m2"))).doesNotHaveDuplicates();
  }
}
