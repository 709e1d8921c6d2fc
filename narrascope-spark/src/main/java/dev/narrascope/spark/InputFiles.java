package dev.narrascope.spark;

import dev.narrascope.Finding;
import dev.narrascope.ingest.Ingestor;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input files of a run, listed through Hadoop file systems (local, HDFS, S3A…) in the order the
 * CLI's {@link Ingestor} reads them: the inputs as given, folders recursively with their entries
 * sorted by name, hidden files skipped. Spark's own markers ({@code _SUCCESS}, {@code _metadata})
 * are skipped too. A missing input becomes the same finding as in the CLI.
 */
final class InputFiles {
  /**
   * One input file.
   *
   * @param index  its place in reading order
   * @param uri    the fully qualified path to open
   * @param origin how articles and findings name it: the input as given, plus the path below it
   */
  record File(int index, String uri, String origin, long size) implements Serializable {
    boolean isParquet() {
      return uri.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    String name() {
      return new Path(uri).getName();
    }
  }

  /** @param findings missing or unreadable inputs */
  record Listing(List<File> files, List<Finding> findings) {}

  private InputFiles() {}

  static Listing list(List<String> inputs, Configuration conf) {
    List<File> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          findings.add(new Finding(Ingestor.STAGE, "missing", input, "no such file or folder"));
          continue;
        }
        walk(fs, fs.getFileStatus(path), stripSlash(input), files);
      } catch (IOException e) {
        findings.add(new Finding(Ingestor.STAGE, "unreadable", input, "cannot list: " + e.getMessage()));
      }
    }
    return new Listing(files, findings);
  }

  private static void walk(FileSystem fs, FileStatus status, String origin, List<File> out) throws IOException {
    if (!status.isDirectory()) {
      out.add(new File(out.size(), status.getPath().toString(), origin, status.getLen()));
      return;
    }
    FileStatus[] children = fs.listStatus(status.getPath());
    Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) continue;
      walk(fs, child, origin + "/" + name, out);
    }
  }

  private static String stripSlash(String input) {
    return input.length() > 1 && input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
  }
}
