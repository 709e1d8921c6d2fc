package dev.narrascope.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Streams the entries of zip and tar archives one at a time (never the whole archive in memory) and
 * hands each to the dispatcher, named {@code corpus.zip!/a/b.html}; nested archives recurse the same
 * way. Directories, hidden entries and macOS resource forks are skipped. Thread-safe (stateless).
 */
final class ArchiveReader {
  private ArchiveReader() {}

  static void readZip(String origin, InputStream raw, InputDispatcher dispatcher) throws IOException, BadInputException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 5 && magic[3] == 6) {
      throw new BadInputException("no-text", "empty archive");
    }
    if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
      throw new BadInputException("corrupt-archive", "corrupt archive: not a zip file");
    }
    // Data descriptors after stored entries are common in zips written by streaming tools.
    readEntries(origin, new ZipArchiveInputStream(in, "UTF-8", true, true), dispatcher);
  }

  static void readTar(String origin, InputStream in, InputDispatcher dispatcher) throws IOException, BadInputException {
    readEntries(origin, new TarArchiveInputStream(in, "UTF-8"), dispatcher);
  }

  private static void readEntries(String origin, ArchiveInputStream<?> archive, InputDispatcher dispatcher)
      throws BadInputException {
    int entries = 0;
    try {
      ArchiveEntry entry;
      while ((entry = archive.getNextEntry()) != null) {
        entries++;
        String name = entry.getName();
        if (entry.isDirectory() || isHidden(name)) continue;
        String where = origin + "!/" + name;
        if (!archive.canReadEntryData(entry)) {
          dispatcher.finding("unreadable", where, "unreadable archive entry (encrypted or unsupported compression)");
          continue;
        }
        dispatcher.dispatch(name, where, archive, entry.getSize());
      }
    } catch (IOException | RuntimeException e) {
      // Commons Compress reports some corrupt headers as IllegalArgumentException.
      throw new BadInputException("corrupt-archive", "corrupt archive" + (entries > 0 ? " after " + entries + (entries == 1 ? " entry" : " entries") : "")
          + ": " + Sizes.oneLine(e.getMessage()));
    }
    if (entries == 0) throw new BadInputException("corrupt-archive", "corrupt archive: no entries found");
  }

  private static boolean isHidden(String entryName) {
    for (String part : entryName.split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) return true;
    }
    return false;
  }
}
