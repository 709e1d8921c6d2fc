package dev.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.dedup.MinHashNearDuplicates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

final class EarlierInBandsTest {
  private static Set<String> pairs(Row bucket) {
    Set<String> out = new HashSet<>();
    new EarlierInBands().call(bucket).forEachRemaining(r -> out.add(r.getLong(0) + ":" + r.getString(1) + "->" + r.getString(2)));
    return out;
  }

  private static Row bucket(List<Row> members) {
    return RowFactory.create(7L, CollectionConverters.asScala(members).toSeq());
  }

  @Test
  void call_membersGetTheEarlierBatchesMembers_notTheirOwnBatchs() {
    Set<String> out = pairs(bucket(List.of(RowFactory.create(2L, "c"), RowFactory.create(0L, "b"),
        RowFactory.create(2L, "d"), RowFactory.create(0L, "a"), RowFactory.create(1L, "e"))));
    assertThat(out).containsExactlyInAnyOrder("1:e->a", "1:e->b", "2:c->a", "2:c->b", "2:c->e", "2:d->a", "2:d->b", "2:d->e");
  }

  @Test
  void call_bigBucket_theSmallestIdsOfEarlierBatchesAsTheStoreAnswers() {
    List<Row> members = new ArrayList<>();
    int max = MinHashNearDuplicates.MAX_BUCKET_COMPARISONS;
    for (int i = max + 10; i > 0; i--) members.add(RowFactory.create(0L, String.format("id%03d", i)));
    members.add(RowFactory.create(1L, "late"));
    Set<String> out = pairs(bucket(members));
    assertThat(out).hasSize(max).contains("1:late->id001", "1:late->id0" + max).doesNotContain("1:late->id0" + (max + 1));
  }
}
