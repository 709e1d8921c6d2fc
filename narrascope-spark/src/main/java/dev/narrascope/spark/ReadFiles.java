package dev.narrascope.spark;

import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.Findings;
import dev.narrascope.ingest.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads a partition of input files on an executor with the CLI's {@link Ingestor} and
 * {@link dev.narrascope.clean.ArticleExtractor} (every format {@code analyze} reads, archives
 * included): one {@link Rows#READ} row per extracted article, numbered per file in reading order,
 * and one per finding (binary files, broken JSON lines, zip bombs…), so bad input never fails the job.
 */
final class ReadFiles implements FlatMapFunction<Iterator<InputFiles.File>, Row> {
  /** At most this many findings are kept per file (a file of a million broken lines is one story). */
  private static final int FINDINGS_PER_FILE = 1_000;

  private final HadoopConf conf;

  ReadFiles(HadoopConf conf) {
    this.conf = conf;
  }

  @Override
  public Iterator<Row> call(Iterator<InputFiles.File> files) {
    return new Streamed<Row>("narrascope-read", sink -> files.forEachRemaining(f -> read(f, sink)));
  }

  private void read(InputFiles.File file, Consumer<Row> sink) {
    Findings findings = Findings.tracking(FINDINGS_PER_FILE);
    long[] seq = {0};
    Path path = new Path(file.uri());
    try {
      FileSystem fs = path.getFileSystem(conf.get());
      try (InputStream in = fs.open(path)) {
        Models.ingestor().read(file.name(), file.origin(), in, file.size(), doc -> {
          Article a = Models.extractor().extract(doc, findings);
          if (a != null) sink.accept(RowFactory.create(file.index(), seq[0]++, a.id(), Rows.json(a), null));
        }, findings);
      }
    } catch (IOException e) {
      findings.add(Ingestor.STAGE, "unreadable", file.origin(), "cannot read: " + e.getMessage());
    }
    for (Finding f : findings.list()) sink.accept(RowFactory.create(file.index(), -1L, null, null, Rows.json(f)));
  }
}
