package dev.narrascope.spark;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;

/**
 * Reads Parquet rows with the JSON Lines columns ({@code url, title, text | html, published, source},
 * any others into metadata) as their JSON lines would be read ({@code Ingestor.readRecord}), on the
 * executors: one {@link Rows#READ} row per extracted article, numbered by its row in its file, and one
 * per finding. Expects the columns {@value #FILE} and {@value #ROW} from Spark's {@code _metadata}.
 */
final class ReadParquet implements MapPartitionsFunction<Row, Row> {
  static final String FILE = "__narrascope_file";
  static final String ROW = "__narrascope_row";

  private final Map<String, InputFiles.File> byPath = new LinkedHashMap<>();

  ReadParquet(List<InputFiles.File> files) {
    for (InputFiles.File f : files) byPath.put(key(f.uri()), f);
  }

  /** The same file named by the listing and by Spark's {@code _metadata.file_path}. */
  static String key(String uri) {
    return new Path(uri).toUri().getPath();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Streamed<Row>("narrascope-parquet", sink -> rows.forEachRemaining(row -> {
      InputFiles.File file = byPath.get(key(row.getAs(FILE)));
      long index = row.<Long>getAs(ROW);
      Map<String, Object> fields = new LinkedHashMap<>();
      for (StructField field : row.schema().fields()) {
        String name = field.name();
        Object v = row.getAs(name);
        if (name.equals(FILE) || name.equals(ROW) || v == null) continue;
        fields.put(name, v instanceof String || v instanceof Number || v instanceof Boolean ? v : v.toString());
      }
      Findings findings = Findings.tracking(10);
      List<Row> out = new ArrayList<>(1);
      String origin = file.origin() + ":" + (index + 1);
      Models.ingestor().readRecord(origin, fields, doc -> {
        Article a = Models.extractor().extract(doc, findings);
        if (a != null) out.add(RowFactory.create(file.index(), index, a.id(), Rows.json(a), null));
      }, findings);
      out.forEach(sink);
      for (Finding f : findings.list()) sink.accept(RowFactory.create(file.index(), -1L, null, null, Rows.json(f)));
    }));
  }
}
