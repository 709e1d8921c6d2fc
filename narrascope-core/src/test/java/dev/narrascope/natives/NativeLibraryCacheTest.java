package dev.narrascope.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NativeLibraryCacheTest {
  private static final List<String> FILES = List.of("libone.so", "libtwo.so");

  @TempDir Path dir;

  @Test
  void folder_copiesTheJarsLibrariesOnce_byteForByte() throws IOException {
    byte[] one = bytes(1, 200_000), two = bytes(2, 5_000);
    Path cacheBase = dir.resolve("cache");
    try (URLClassLoader loader = jar("a.jar", one, two)) {
      Path folder = new NativeLibraryCache(cacheBase).folder("lib", loader, "native/linux-x64", FILES).orElseThrow();

      assertThat(folder.getParent()).isEqualTo(cacheBase);
      assertThat(folder.getFileName().toString()).startsWith("lib-");
      assertThat(Files.readAllBytes(folder.resolve("libone.so"))).isEqualTo(one);
      assertThat(Files.readAllBytes(folder.resolve("libtwo.so"))).isEqualTo(two);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
      try (Stream<Path> left = Files.list(folder)) {
        assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
      }

      // A second start finds them and writes nothing.
      FileTime old = FileTime.fromMillis(1_000_000_000_000L);
      Files.setLastModifiedTime(folder.resolve("libone.so"), old);
      assertThat(new NativeLibraryCache(cacheBase).folder("lib", loader, "/native/linux-x64", FILES)).contains(folder);
      assertThat(Files.getLastModifiedTime(folder.resolve("libone.so"))).isEqualTo(old);
    }
  }

  @Test
  void folder_replacesATruncatedCopy() throws IOException {
    byte[] one = bytes(3, 100_000), two = bytes(4, 100);
    Path cacheBase = dir.resolve("cache");
    try (URLClassLoader loader = jar("a.jar", one, two)) {
      NativeLibraryCache cache = new NativeLibraryCache(cacheBase);
      Path folder = cache.folder("lib", loader, "native/linux-x64", FILES).orElseThrow();
      Files.write(folder.resolve("libone.so"), new byte[10]); // a copy cut short (a full disk, a crash before the move)

      assertThat(cache.folder("lib", loader, "native/linux-x64", FILES)).contains(folder);
      assertThat(Files.readAllBytes(folder.resolve("libone.so"))).isEqualTo(one);
    }
  }

  @Test
  void folder_ofAnotherBuildOfTheLibraries_isAnotherFolder() throws IOException {
    Path cacheBase = dir.resolve("cache");
    try (URLClassLoader a = jar("a.jar", bytes(5, 1000), bytes(6, 1000));
         URLClassLoader b = jar("b.jar", bytes(7, 1000), bytes(6, 1000))) {
      NativeLibraryCache cache = new NativeLibraryCache(cacheBase);
      Path fa = cache.folder("lib", a, "native/linux-x64", FILES).orElseThrow();
      Path fb = cache.folder("lib", b, "native/linux-x64", FILES).orElseThrow();

      assertThat(fb).isNotEqualTo(fa);
      assertThat(Files.readAllBytes(fa.resolve("libone.so"))).isEqualTo(bytes(5, 1000));
      assertThat(Files.readAllBytes(fb.resolve("libone.so"))).isEqualTo(bytes(7, 1000));
    }
  }

  @Test
  void folder_isEmpty_whereALibraryIsMissing_notInAJar_orTheCacheCannotBeWritten() throws IOException {
    try (URLClassLoader loader = jar("a.jar", bytes(8, 100), bytes(9, 100))) {
      assertThat(new NativeLibraryCache(dir.resolve("cache")).folder("lib", loader, "native/linux-x64",
          List.of("libone.so", "libthree.so"))).isEmpty();
      assertThat(new NativeLibraryCache(dir.resolve("cache")).folder("lib", loader, "native/osx-x64", FILES)).isEmpty();

      Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
      assertThat(new NativeLibraryCache(file.resolve("cache")).folder("lib", loader, "native/linux-x64", FILES)).isEmpty();
    }
    Path classes = Files.createDirectories(dir.resolve("classes/native/linux-x64"));
    for (String f : FILES) Files.write(classes.resolve(f), bytes(10, 100));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
      assertThat(new NativeLibraryCache(dir.resolve("cache")).folder("lib", loader, "native/linux-x64", FILES)).isEmpty();
    }
  }

  @Test
  void forUser_isUnderTheUsersCache() {
    Optional<NativeLibraryCache> cache = NativeLibraryCache.forUser();
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg == null || xdg.isBlank()) {
      assertThat(cache).isPresent();
      assertThat(cache.get().base()).isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "narrascope", "native"));
    } else {
      assertThat(cache.get().base()).isEqualTo(Path.of(xdg, "narrascope", "native"));
    }
  }

  private URLClassLoader jar(String name, byte[] one, byte[] two) throws IOException {
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "native/linux-x64/libone.so", one);
      entry(out, "native/linux-x64/libtwo.so", two);
    }
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  private static void entry(JarOutputStream out, String path, byte[] content) throws IOException {
    out.putNextEntry(new JarEntry(path));
    out.write(content);
    out.closeEntry();
  }

  private static byte[] bytes(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }
}
