package dev.narrascope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

final class FoldsTest {
  @Test
  void assign_stratifiesAndIsReproducible() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 50; i++) items.add(i < 30 ? "en" : "bg");
    int[] a = Folds.assign(items, 5, 1, Function.identity());
    assertThat(Folds.assign(items, 5, 1, Function.identity())).isEqualTo(a);
    int[][] perFold = new int[5][2];
    for (int i = 0; i < a.length; i++) perFold[a[i]][items.get(i).equals("en") ? 0 : 1]++;
    for (int[] f : perFold) assertThat(f).containsExactly(6, 4);
  }

  /** Item "lang:group": the language is the stratum, the whole string the group. */
  @Test
  void assignGrouped_keepsEachGroupInOneFoldAndBalancesLanguages() {
    List<String> items = new ArrayList<>();
    for (int g = 0; g < 20; g++) for (int j = 0; j <= g % 4; j++) items.add((g < 12 ? "en" : "bg") + ":" + g);
    Function<String, String> language = s -> s.substring(0, 2);
    int[] a = Folds.assignGrouped(items, 4, 7, language, Function.identity());
    assertThat(Folds.assignGrouped(items, 4, 7, language, Function.identity())).isEqualTo(a);
    java.util.Map<String, Integer> foldOfGroup = new java.util.HashMap<>();
    int[][] perFold = new int[4][2];
    for (int i = 0; i < a.length; i++) {
      assertThat(foldOfGroup.computeIfAbsent(items.get(i), g -> a[items.indexOf(g)])).isEqualTo(a[i]);
      perFold[a[i]][language.apply(items.get(i)).equals("en") ? 0 : 1]++;
    }
    // 30 English items in groups of 1-4 and 20 Bulgarian ones: every fold gets 7-8 and 5 of them.
    for (int[] f : perFold) {
      assertThat(f[0]).isBetween(7, 8);
      assertThat(f[1]).isEqualTo(5);
    }
  }
}
