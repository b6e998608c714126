package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a per-class server as they were when its first test started (seeds plus whatever
 * {@code @BeforeAll} wrote), so that every later test starts from the same tree.
 */
final class Baseline {

  /** A directory when {@code content} is null. */
  private record Entry(String path, byte[] content, FileTime modified) {}

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = entries;
  }

  static Baseline of(FtpServer server) {
    List<Entry> entries = new ArrayList<>();
    Path root = server.fileSystem().getPath("/");
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : (Iterable<Path>) tree::iterator) {
        if (path.equals(root)) {
          continue;
        }
        FileTime modified = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          entries.add(new Entry(path.toString(), null, modified));
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          entries.add(new Entry(path.toString(), Files.readAllBytes(path), modified));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the files of " + server, e);
    }
    return new Baseline(List.copyOf(entries));
  }

  void restore(FtpServer server) {
    server.files().delete("/");
    for (Entry entry : entries) {
      if (entry.content() == null) {
        server.files().createDirectories(entry.path());
      } else {
        server.files().write(entry.path(), entry.content());
      }
    }
    // Last, and children first, so that writing into a directory does not move its time on.
    for (int i = entries.size() - 1; i >= 0; i--) {
      server.files().setLastModified(entries.get(i).path(), entries.get(i).modified().toInstant());
    }
  }
}
