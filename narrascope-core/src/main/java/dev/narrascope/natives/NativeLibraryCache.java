package dev.narrascope.natives;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A per-user folder of native libraries copied out of their jars once, so a library's loader can be
 * pointed at it instead of extracting its own copy on every start. Why: ONNX Runtime's Java binding
 * writes its 16 MB library into a new {@code /tmp/onnxruntime-java…} folder at every start and leaves
 * it behind whenever the JVM does not exit normally (a killed server, a crash test), and sqlite-jdbc
 * does the same with its 1 MB library; a monitoring job started every few minutes, or killed now and
 * then, would fill {@code /tmp}.
 *
 * <p>The folder is {@code $XDG_CACHE_HOME/narrascope/native/NAME-KEY} (else {@code ~/.cache/…}),
 * KEY the libraries' CRC-32 and sizes as the jar lists them, so another version of a library gets
 * another folder. A file is written under a temporary name, checked against the jar's CRC and moved
 * into place atomically, so processes starting together never load half a file. Where anything is
 * missing or fails (no home folder, a read-only disk, classes not in a jar) the answer is empty and the
 * caller leaves its library's loader to its own default. Thread-safe; nothing is kept between calls.
 */
public final class NativeLibraryCache {
  private final Path base;

  /** A cache under {@code base} (tests); {@link #forUser} for the real one. */
  public NativeLibraryCache(Path base) {
    this.base = base;
  }

  /** The folder the libraries' folders are made in. */
  public Path base() {
    return base;
  }

  /** The current user's cache, or empty if there is no home folder to put it in. */
  public static Optional<NativeLibraryCache> forUser() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path root;
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      root = Path.of(xdg);
    } else {
      String home = System.getProperty("user.home");
      if (home == null || home.isBlank() || home.equals("?")) return Optional.empty();
      root = Path.of(home, ".cache");
    }
    return Optional.of(new NativeLibraryCache(root.resolve("narrascope").resolve("native")));
  }

  /**
   * The folder holding {@code files} exactly as {@code loader} finds them in a jar under
   * {@code resourceFolder} (e.g. {@code ai/onnxruntime/native/linux-x64}; a leading slash is ignored),
   * copied there if they are not yet; empty if any is missing, not in a jar, or cannot be copied.
   */
  public Optional<Path> folder(String name, ClassLoader loader, String resourceFolder, List<String> files) {
    String folderPath = resourceFolder.startsWith("/") ? resourceFolder.substring(1) : resourceFolder;
    try {
      List<Source> sources = new ArrayList<>();
      CRC32 key = new CRC32();
      for (String file : files) {
        Optional<Source> s = Source.of(loader, folderPath + "/" + file, file);
        if (s.isEmpty()) return Optional.empty();
        sources.add(s.get());
        key.update((s.get().crc + ":" + s.get().size + ":" + file + ";").getBytes(StandardCharsets.UTF_8));
      }
      Path folder = base.resolve(name + "-" + String.format(Locale.ROOT, "%08x", key.getValue()));
      for (Source s : sources) {
        Path target = folder.resolve(s.fileName);
        if (Files.isRegularFile(target) && Files.size(target) == s.size) continue;
        createPrivateFolders(folder);
        copy(s, target);
      }
      return Optional.of(folder);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The folders (the cache's own ones readable by their owner only: they hold code that gets loaded). */
  private void createPrivateFolders(Path folder) throws IOException {
    if (Files.isDirectory(folder)) return;
    Files.createDirectories(folder.getParent());
    try {
      Files.createDirectory(folder);
    } catch (FileAlreadyExistsException e) {
      return; // another process made it
    }
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions apply
    }
  }

  private static void copy(Source s, Path target) throws IOException {
    Path part = Files.createTempFile(target.getParent(), s.fileName, ".part");
    try {
      CRC32 crc = new CRC32();
      try (InputStream in = s.url.openStream(); OutputStream out = Files.newOutputStream(part)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          crc.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      if (crc.getValue() != s.crc || Files.size(part) != s.size) {
        throw new IOException("copy of " + s.url + " does not match the jar's CRC");
      }
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** A library inside a jar, with the CRC and size the jar's directory gives for it. */
  private record Source(URL url, String fileName, long crc, long size) {
    static Optional<Source> of(ClassLoader loader, String resource, String fileName) throws IOException {
      URL url = loader.getResource(resource);
      if (url == null) return Optional.empty();
      URLConnection c = url.openConnection();
      if (!(c instanceof JarURLConnection jar)) return Optional.empty();
      JarEntry entry = jar.getJarEntry();
      if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) return Optional.empty();
      return Optional.of(new Source(url, fileName, entry.getCrc(), entry.getSize()));
    }
  }
}
