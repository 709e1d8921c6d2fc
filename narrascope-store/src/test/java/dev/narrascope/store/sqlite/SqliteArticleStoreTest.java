package dev.narrascope.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.ArticleIds;
import dev.narrascope.Finding;
import dev.narrascope.LabelScore;
import dev.narrascope.Story;
import dev.narrascope.store.ArticleQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteArticleStoreTest {
  @TempDir Path dir;

  static Article article(String title, String text, String outlet, LocalDate date, String lang) {
    return new Article(ArticleIds.of(title, text), "test", null, title, outlet, date, lang, 0.9, text, Map.of("k", "v"), null);
  }

  @Test
  void put_sameArticleTwice_addsOnce_andSurvivesReopen() {
    Article a = article("Title", "Body text.", "Outlet", LocalDate.of(2024, 1, 2), "en");
    try (var s = SqliteArticleStore.open(dir.resolve("x.db"))) {
      assertThat(s.put(a)).isTrue();
      assertThat(s.put(a)).isFalse();
    }
    try (var s = SqliteArticleStore.open(dir.resolve("x.db"))) {
      assertThat(s.count(ArticleQuery.all())).isEqualTo(1);
      assertThat(s.get(a.id())).contains(a);
    }
  }

  @Test
  void find_filtersByFacetsAndDates() {
    Analysis an = Analysis.EMPTY.withNarratives(List.of(new LabelScore("URW: Discrediting Ukraine", 0.8)), List.of())
        .withActors(List.of(new ActorFraming("NATO", "Antagonist", 0.7, List.of("Instigator"), List.of())));
    Article a = article("A", "one", "Alpha", LocalDate.of(2024, 1, 1), "en").withAnalysis(an);
    Article b = article("B", "two", "Beta", LocalDate.of(2024, 2, 1), "ru");
    try (var s = SqliteArticleStore.open(dir.resolve("x.db"))) {
      s.putAll(List.of(a, b));
      assertThat(s.find(ArticleQuery.all().withNarrative("URW: Discrediting Ukraine"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withActor("NATO"))).containsExactly(a);
      assertThat(s.find(ArticleQuery.all().withLanguage("ru"))).containsExactly(b);
      assertThat(s.find(ArticleQuery.all().withDates(LocalDate.of(2024, 1, 15), null))).containsExactly(b);
      assertThat(s.find(ArticleQuery.all())).containsExactly(b, a);
      assertThat(s.find(ArticleQuery.all().page(1, 1))).containsExactly(a);
    }
  }

  @Test
  void search_findsWordsWithSnippet_andIgnoresFtsSyntax() {
    try (var s = SqliteArticleStore.open(dir.resolve("x.db"))) {
      s.put(article("NATO summit", "Ministers met in Vilnius to discuss the shield.", "Alpha", null, "en"));
      assertThat(s.search("vilnius", ArticleQuery.all())).singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("[Vilnius]"));
      assertThat(s.search("\"unbalanced OR AND (", ArticleQuery.all())).isEmpty();
    }
  }

  @Test
  void replaceStories_linksArticles() {
    Article a = article("A", "one", "Alpha", LocalDate.of(2024, 1, 1), "en");
    try (var s = SqliteArticleStore.open(dir.resolve("x.db"))) {
      s.put(a);
      Story st = new Story("s1", "Head", List.of(a.id()), List.of("Alpha"), List.of("en"), a.published(), a.published());
      s.replaceStories(List.of(st));
      assertThat(s.stories(0, 10)).containsExactly(st);
      assertThat(s.find(ArticleQuery.all().withStory("s1"))).containsExactly(a);
      s.addFindings(List.of(new Finding("ingest", "empty-file", "x.txt", "the file is empty")));
      assertThat(s.findings(5)).extracting(Finding::code).containsExactly("empty-file");
    }
  }
}
