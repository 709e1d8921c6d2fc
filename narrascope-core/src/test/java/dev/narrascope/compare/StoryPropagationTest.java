package dev.narrascope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.compare.StoryPropagation.ArticleRef;
import dev.narrascope.compare.StoryPropagation.Copy;
import dev.narrascope.compare.StoryPropagation.DayCount;
import dev.narrascope.compare.StoryPropagation.OutletSpread;
import dev.narrascope.compare.StoryPropagation.RepostChain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StoryPropagationTest {
  static Article article(String id, String outlet, String date, String repostOf) {
    return new Article(id, null, null, "Title " + id, outlet, date == null ? null : LocalDate.parse(date), "en", 1, "Text " + id,
        null, Analysis.EMPTY.withStory("s-x", repostOf));
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void empty_story_hasNothing() {
    StoryPropagation p = StoryPropagation.of(List.of());
    assertThat(p.articles()).isZero();
    assertThat(p.first()).isNull();
    assertThat(p.spread()).isEmpty();
    assertThat(p.repostChains()).isEmpty();
  }

  @Test
  void first_isEarliestDated_tiesById_undatedLast() {
    List<Article> story = new ArrayList<>(List.of(
        article("c", "gamma.example", null, null),
        article("b", "beta.example", "2024-03-02", null),
        article("a2", "alpha.example", "2024-03-02", null),
        article("z", "zeta.example", "2024-03-05", null)));
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(story, new java.util.Random(i));
      StoryPropagation p = StoryPropagation.of(story);
      assertThat(p.first()).isEqualTo(new ArticleRef("a2", "alpha.example", d("2024-03-02"), "Title a2"));
    }
    // Outlets in the order of their earliest article: the first article's outlet first, on a tie too.
    StoryPropagation tie = StoryPropagation.of(List.of(article("b", "aa.example", "2024-03-02", null),
        article("a", "zz.example", "2024-03-02", null)));
    assertThat(tie.spread()).extracting(OutletSpread::outlet).containsExactly("zz.example", "aa.example");
    assertThat(tie.first().outlet()).isEqualTo("zz.example");
    // Only undated articles: the smallest id.
    StoryPropagation undated = StoryPropagation.of(List.of(article("q", "x.example", null, null), article("p", "y.example", null, null)));
    assertThat(undated.first().id()).isEqualTo("p");
    assertThat(undated.first().published()).isNull();
    assertThat(undated.spread()).extracting(OutletSpread::lagDays).containsOnlyNulls();
  }

  @Test
  void spread_perOutlet_datesCountsPerDayAndLag_inPickUpOrder() {
    StoryPropagation p = StoryPropagation.of(List.of(
        article("w1", "wire.example", "2024-03-06", null),
        article("w2", "wire.example", "2024-03-06", null),
        article("w3", "wire.example", "2024-03-09", null),
        article("w4", "wire.example", null, null),
        article("g1", "globe.example", "2024-03-07", null),
        article("b1", "blog.example", "2024-03-07", null),
        article("n1", null, "2024-03-08", null),
        article("u1", "undated.example", null, null),
        article("w1", "wire.example", "2024-03-06", null)));   // the same id again counts once
    assertThat(p.articles()).isEqualTo(8);
    assertThat(p.spread()).extracting(OutletSpread::outlet).containsExactly("wire.example", "blog.example", "globe.example",
        OutletComparator.UNKNOWN_OUTLET, "undated.example");
    OutletSpread wire = p.spread().get(0);
    assertThat(wire.articles()).isEqualTo(4);
    assertThat(wire.first()).isEqualTo(d("2024-03-06"));
    assertThat(wire.last()).isEqualTo(d("2024-03-09"));
    assertThat(wire.lagDays()).isZero();
    assertThat(wire.undated()).isEqualTo(1);
    assertThat(wire.days()).containsExactly(new DayCount(d("2024-03-06"), 2), new DayCount(d("2024-03-09"), 1));
    assertThat(p.spread().get(1).lagDays()).isEqualTo(1);
    assertThat(p.spread().get(3).lagDays()).isEqualTo(2);
    OutletSpread undated = p.spread().get(4);
    assertThat(undated.first()).isNull();
    assertThat(undated.last()).isNull();
    assertThat(undated.lagDays()).isNull();
    assertThat(undated.undated()).isEqualTo(1);
    assertThat(undated.days()).isEmpty();
  }

  @Test
  void reposts_groupedByOriginal_withOutletsDatesAndLag() {
    StoryPropagation p = StoryPropagation.of(List.of(
        article("orig", "wire.example", "2024-03-06", null),
        article("copy2", "copy.example", "2024-03-09", "orig"),
        article("copy1", "mirror.example", "2024-03-07", "orig"),
        article("copyU", "nodate.example", null, "orig"),
        article("other", "globe.example", "2024-03-05", null),
        article("other-copy", "blog.example", "2024-03-05", "other")));
    assertThat(p.repostChains()).extracting(c -> c.original().id()).containsExactly("other", "orig");
    RepostChain chain = p.repostChains().get(1);
    assertThat(chain.originalInStory()).isTrue();
    assertThat(chain.original()).isEqualTo(new ArticleRef("orig", "wire.example", d("2024-03-06"), "Title orig"));
    assertThat(chain.copies()).extracting(c -> c.article().id()).containsExactly("copy1", "copy2", "copyU");
    Copy first = chain.copies().get(0);
    assertThat(first.article().outlet()).isEqualTo("mirror.example");
    assertThat(first.article().published()).isEqualTo(d("2024-03-07"));
    assertThat(first.copyOf().outlet()).isEqualTo("wire.example");
    assertThat(first.copyOf().published()).isEqualTo(d("2024-03-06"));
    assertThat(first.lagDays()).isEqualTo(1);
    assertThat(first.depth()).isEqualTo(1);
    assertThat(chain.copies().get(1).lagDays()).isEqualTo(3);
    assertThat(chain.copies().get(2).lagDays()).isNull();
    assertThat(p.repostChains().get(0).copies().get(0).lagDays()).isZero();
  }

  @Test
  void reposts_originalOutsideTheStory_namedById_orLookedUp() {
    List<Article> story = List.of(
        article("c1", "copy.example", "2024-03-08", "gone"),
        article("c2", "mirror.example", "2024-03-10", "gone"));
    StoryPropagation p = StoryPropagation.of(story);
    assertThat(p.first().id()).isEqualTo("c1");
    assertThat(p.repostChains()).hasSize(1);
    RepostChain chain = p.repostChains().get(0);
    assertThat(chain.originalInStory()).isFalse();
    assertThat(chain.original()).isEqualTo(new ArticleRef("gone", null, null, null));
    assertThat(chain.copies()).extracting(c -> c.article().id()).containsExactly("c1", "c2");
    assertThat(chain.copies()).extracting(Copy::lagDays).containsOnlyNulls();

    Map<String, Article> elsewhere = Map.of("gone", article("gone", "wire.example", "2024-03-01", null));
    StoryPropagation looked = StoryPropagation.of(story, elsewhere::get);
    RepostChain found = looked.repostChains().get(0);
    assertThat(found.originalInStory()).isFalse();
    assertThat(found.original().outlet()).isEqualTo("wire.example");
    assertThat(found.copies()).extracting(Copy::lagDays).containsExactly(7, 9);
    // An original outside the story is neither the story's first article nor part of its spread.
    assertThat(looked.first().id()).isEqualTo("c1");
    assertThat(looked.spread()).extracting(OutletSpread::outlet).containsExactly("copy.example", "mirror.example");
  }

  @Test
  void reposts_multiLevelChain_depthFirstWithDepthAndLagPerHop() {
    StoryPropagation p = StoryPropagation.of(List.of(
        article("d", "d.example", "2024-03-04", "b"),
        article("a", "a.example", "2024-03-01", null),
        article("c", "c.example", "2024-03-05", "a"),
        article("b", "b.example", "2024-03-02", "a"),
        article("e", "e.example", "2024-03-07", "d")));
    assertThat(p.repostChains()).hasSize(1);
    RepostChain chain = p.repostChains().get(0);
    assertThat(chain.original().id()).isEqualTo("a");
    assertThat(chain.copies()).extracting(c -> c.article().id() + "<-" + c.copyOf().id() + "@" + c.depth() + "+" + c.lagDays())
        .containsExactly("b<-a@1+1", "d<-b@2+2", "e<-d@3+3", "c<-a@1+4");
  }

  @Test
  void reposts_chainThroughAnOriginalOutsideTheStory_startsThere() {
    StoryPropagation p = StoryPropagation.of(List.of(
        article("b", "b.example", "2024-03-02", "gone"),
        article("c", "c.example", "2024-03-03", "b")));
    assertThat(p.repostChains()).hasSize(1);
    assertThat(p.repostChains().get(0).original().id()).isEqualTo("gone");
    assertThat(p.repostChains().get(0).copies()).extracting(c -> c.article().id() + "@" + c.depth()).containsExactly("b@1", "c@2");
  }

  @Test
  void reposts_cycle_isCutAtItsEarliestArticle() {
    StoryPropagation p = StoryPropagation.of(List.of(
        article("x", "x.example", "2024-03-02", "y"),
        article("y", "y.example", "2024-03-03", "z"),
        article("z", "z.example", "2024-03-04", "x"),
        article("s", "s.example", "2024-03-05", "s")));
    assertThat(p.repostChains()).hasSize(1);
    RepostChain chain = p.repostChains().get(0);
    assertThat(chain.original().id()).isEqualTo("x");
    assertThat(chain.copies()).extracting(c -> c.article().id() + "@" + c.depth()).containsExactly("z@1", "y@2");
  }

  @Test
  void longChain_doesNotOverflowTheStack() {
    List<Article> story = new ArrayList<>();
    story.add(article("n0", "o.example", "2024-01-01", null));
    for (int i = 1; i < 20_000; i++) story.add(article("n" + i, "o.example", null, "n" + (i - 1)));
    StoryPropagation p = StoryPropagation.of(story);
    assertThat(p.repostChains().get(0).copies()).hasSize(19_999);
    assertThat(p.repostChains().get(0).copies().get(19_998).depth()).isEqualTo(19_999);
  }
}
