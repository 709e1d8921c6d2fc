package dev.narrascope.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FoldersTest {
  @TempDir Path dir;

  @Test
  void deleteTree_deletesTheFolderWithEverythingUnderIt_andNothingBeside() throws IOException {
    Path root = Files.createDirectories(dir.resolve("root/a/b"));
    Files.writeString(root.resolve("deep.txt"), "x");
    Files.writeString(dir.resolve("root/top.txt"), "y");
    Path beside = Files.writeString(dir.resolve("beside.txt"), "z");

    Folders.deleteTree(dir.resolve("root"));

    assertThat(dir.resolve("root")).doesNotExist();
    assertThat(beside).exists();
  }

  @Test
  void deleteTree_ofNothing_doesNothing() {
    Folders.deleteTree(dir.resolve("missing"));
    assertThat(dir).exists();
  }
}
