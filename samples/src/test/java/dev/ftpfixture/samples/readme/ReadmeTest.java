package dev.ftpfixture.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every part of every Java block in it (parts are separated by blank
 * lines) must stand, line for line, in a source file of this module, where it is compiled and
 * run. Edit the sample, then copy it into the README, never the other way round.
 */
class ReadmeTest {

  private static final Path README = Paths.get("..", "README.md");
  private static final Path SOURCES = Paths.get("src");

  @Test
  void everyJavaBlockInTheReadmeIsCompiledHere() throws IOException {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.add(normalize(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<List<String>> blocks = javaBlocks(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
    List<String> missing = new ArrayList<>();
    for (List<String> block : blocks) {
      for (String part : parts(block)) {
        if (sources.stream().noneMatch(source -> source.contains(part))) {
          missing.add(part);
        }
      }
    }
    assertThat(missing).as("README parts that no sample compiles (copy them from a sample)")
        .isEmpty();
  }

  private static List<List<String>> javaBlocks(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      if (current == null && line.strip().equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.strip().equals("```")) {
        blocks.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** Runs of non-blank lines, each normalized to one string. */
  private static List<String> parts(List<String> block) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String line : block) {
      if (line.isBlank()) {
        if (part.length() > 0) {
          parts.add(part.toString());
          part.setLength(0);
        }
      } else {
        part.append(line.strip().replaceAll("\\s+", " ")).append('\n');
      }
    }
    if (part.length() > 0) {
      parts.add(part.toString());
    }
    return parts;
  }

  private static String normalize(String source) {
    StringBuilder out = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (!line.isBlank()) {
        out.append(line.strip().replaceAll("\\s+", " ")).append('\n');
      }
    }
    return out.toString();
  }
}
