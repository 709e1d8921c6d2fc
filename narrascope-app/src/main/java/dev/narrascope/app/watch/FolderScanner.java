package dev.narrascope.app.watch;

import dev.narrascope.Findings;
import dev.narrascope.RawDocument;
import dev.narrascope.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the new and changed files under the watched folders (recursive, hidden files and folders
 * skipped, as {@code analyze} reads them) by comparing each file's size and modification time with
 * the state, and reads those with the {@link Ingestor} (every format {@code analyze} reads).
 * Stateless apart from the ingestor.
 */
final class FolderScanner {
  /**
   * @param docs    the documents of the new and changed files
   * @param changed the new and changed files with their marks, to remember once stored
   * @param present every file found, so that vanished ones can be forgotten
   */
  record Scan(List<RawDocument> docs, Map<String, WatchState.FileMark> changed, Set<String> present) {}

  private final Ingestor ingestor;

  FolderScanner(Ingestor ingestor) {
    this.ingestor = ingestor;
  }

  Scan scan(List<Path> roots, WatchState state, Findings findings) {
    List<RawDocument> docs = new ArrayList<>();
    Map<String, WatchState.FileMark> changed = new LinkedHashMap<>();
    Set<String> present = new HashSet<>();
    for (Path root : roots) {
      for (Path file : files(root, findings)) {
        String key = file.toAbsolutePath().normalize().toString();
        WatchState.FileMark mark;
        try {
          mark = new WatchState.FileMark(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
          continue; // vanished between listing and looking
        }
        present.add(key);
        if (mark.equals(state.file(key))) continue;
        ingestor.read(List.of(file), docs::add, findings);
        changed.put(key, mark);
      }
    }
    return new Scan(docs, changed, present);
  }

  private static List<Path> files(Path root, Findings findings) {
    List<Path> out = new ArrayList<>();
    if (!Files.exists(root)) {
      findings.add(PageFetcher.STAGE, "missing", root.toString(), "watched folder is gone");
      return out;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !hidden(file)) out.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          findings.add(PageFetcher.STAGE, "unreadable", file.toString(), "cannot read: " + WatchText.reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      findings.add(PageFetcher.STAGE, "unreadable", root.toString(), "cannot list: " + WatchText.reason(e));
    }
    out.sort(null);
    return out;
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }
}
