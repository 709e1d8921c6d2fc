package dev.narrascope.app.watch;

import dev.narrascope.Json;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The watcher's state file: read once when opened, written whole after every cycle through a
 * temporary file and a rename, so a crash leaves the previous or the new state, never half of one.
 * A lock file beside it ({@code FILE.lock}) keeps a second watcher off the same state while this one
 * is open. Not thread-safe.
 */
public final class StateFile implements AutoCloseable {
  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private boolean closed;

  private StateFile(Path path, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Locks the state file (creating its folder).
   *
   * @throws IllegalStateException when another watcher holds it
   * @throws UncheckedIOException  when its folder cannot be created
   */
  public static StateFile open(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    FileChannel ch = null;
    try {
      Files.createDirectories(abs.getParent());
      ch = FileChannel.open(abs.resolveSibling(abs.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock == null) throw new OverlappingFileLockException();
      return new StateFile(abs, ch, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(ch);
      throw new IllegalStateException("another watcher is using the state file " + abs + " (one watcher per state file; pass --state)");
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot open the state file " + abs + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  /**
   * The saved state, or an empty one when there is no file yet.
   *
   * @throws IllegalStateException when the file is unreadable or not a state file
   */
  public WatchState load() {
    if (!Files.exists(path)) return new WatchState();
    try {
      return Json.MAPPER.readValue(path.toFile(), WatchState.class);
    } catch (IOException e) {
      throw new IllegalStateException("the state file " + path + " is unreadable (" + e.getClass().getSimpleName()
          + "); move it away to start afresh (every feed item is then fetched again)");
    }
  }

  /** Writes the state atomically: a temporary file beside it, then a rename over the old one. */
  public void save(WatchState state) {
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    try {
      // A FileOutputStream, not a channel: a watcher being stopped (interrupted) still saves what it stored.
      try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
        out.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        out.getFD().sync();
      }
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state file " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch == null) return;
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing left to do
    }
  }
}
