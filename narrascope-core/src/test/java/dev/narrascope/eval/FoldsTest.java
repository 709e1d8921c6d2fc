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
}
