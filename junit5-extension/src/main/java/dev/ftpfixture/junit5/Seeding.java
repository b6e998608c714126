package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Seeds declared with annotations or the builder, applied to a server's files. */
final class Seeding {

  /** One seed: a file, a directory, or a tree. */
  sealed interface Seed permits FileSeed, DirectorySeed, TreeSeed {
    void apply(FtpFiles files, ClassLoader loader);
  }

  record FileSeed(String path, byte[] content, String resource, String where) implements Seed {
    @Override
    public void apply(FtpFiles files, ClassLoader loader) {
      if (resource == null) {
        files.write(path, content);
        return;
      }
      try (InputStream in = loader.getResourceAsStream(strip(resource))) {
        if (in == null) {
          throw new ExtensionConfigurationException(where + ": no class-path resource "
              + resource);
        }
        files.write(path, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  record DirectorySeed(String path) implements Seed {
    @Override
    public void apply(FtpFiles files, ClassLoader loader) {
      files.createDirectories(path);
    }
  }

  record TreeSeed(String source, String target, String where) implements Seed {
    @Override
    public void apply(FtpFiles files, ClassLoader loader) {
      if (!source.startsWith("classpath:")) {
        Path dir = Paths.get(source);
        if (!Files.exists(dir)) {
          throw new ExtensionConfigurationException(where + ": no such directory " + dir
              .toAbsolutePath());
        }
        files.copyFrom(dir, target);
        return;
      }
      String name = strip(source.substring("classpath:".length()));
      URL url = loader.getResource(name.isEmpty() ? name : name.endsWith("/") ? name : name + "/");
      if (url == null) {
        url = loader.getResource(name);
      }
      if (url == null) {
        throw new ExtensionConfigurationException(where + ": no class-path directory " + source);
      }
      try {
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
          copyFromJar(uri, files);
        } else {
          files.copyFrom(Paths.get(uri), target);
        }
      } catch (URISyntaxException | IOException e) {
        throw new ExtensionConfigurationException(where + ": cannot read " + source, e);
      }
    }

    private void copyFromJar(URI uri, FtpFiles files) throws IOException {
      FileSystem jar;
      boolean opened = false;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
      }
      try {
        files.copyFrom(jar.provider().getPath(uri), target);
      } finally {
        if (opened) {
          jar.close();
        }
      }
    }
  }

  private static String strip(String resource) {
    return resource.startsWith("/") ? resource.substring(1) : resource;
  }

  private Seeding() {}

  /** The seeds an annotated class or method declares, in the order declared. */
  static List<Seed> declaredOn(AnnotatedElement element) {
    String where = element instanceof Class<?> c ? c.getName() : element.toString();
    List<Seed> seeds = new ArrayList<>();
    for (FtpDirectory d : AnnotationSupport.findRepeatableAnnotations(element, FtpDirectory.class)) {
      seeds.add(new DirectorySeed(absolute(d.value(), where)));
    }
    for (FtpSeed s : AnnotationSupport.findRepeatableAnnotations(element, FtpSeed.class)) {
      seeds.add(new TreeSeed(s.value(), absolute(s.target(), where), where));
    }
    for (FtpFile f : AnnotationSupport.findRepeatableAnnotations(element, FtpFile.class)) {
      seeds.add(file(f, where));
    }
    return seeds;
  }

  private static Seed file(FtpFile f, String where) {
    String at = where + " @FtpFile(path = \"" + f.path() + "\")";
    if (!f.resource().isEmpty() && !f.content().isEmpty()) {
      throw new ExtensionConfigurationException(at + ": give content or resource, not both");
    }
    if (!f.resource().isEmpty()) {
      return new FileSeed(absolute(f.path(), at), null, f.resource(), at);
    }
    Charset charset;
    try {
      charset = Charset.forName(f.charset());
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(at + ": unknown charset " + f.charset(), e);
    }
    return new FileSeed(absolute(f.path(), at), f.content().getBytes(charset), null, at);
  }

  static String absolute(String path, String where) {
    if (!path.startsWith("/")) {
      throw new ExtensionConfigurationException(where + ": the path must be absolute: " + path);
    }
    return path;
  }
}
