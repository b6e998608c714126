package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpFiles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
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

  /** One seed: a file, a directory, or a tree. {@code where} names it in error messages. */
  sealed interface Seed permits FileSeed, DirectorySeed, TreeSeed {
    String where();

    void seed(FtpFiles files, ClassLoader loader) throws IOException;

    /** Seeds; any failure names the annotation (or builder call) and the path. */
    default void apply(FtpFiles files, ClassLoader loader) {
      try {
        seed(files, loader);
      } catch (ExtensionConfigurationException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new ExtensionConfigurationException(where() + ": " + e, e);
      }
    }
  }

  /** A file with {@code content}, or with the bytes of the class-path {@code resource}. */
  record FileSeed(String path, byte[] content, String resource, String where) implements Seed {
    @Override
    public void seed(FtpFiles files, ClassLoader loader) throws IOException {
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
      }
    }
  }

  record DirectorySeed(String path, String where) implements Seed {
    @Override
    public void seed(FtpFiles files, ClassLoader loader) {
      files.createDirectories(path);
    }
  }

  /** {@code classpath:dir/} (a directory or inside a jar), {@code file:dir} or a plain path. */
  record TreeSeed(String source, String target, String where) implements Seed {
    @Override
    public void seed(FtpFiles files, ClassLoader loader) throws IOException {
      if (!source.startsWith("classpath:")) {
        Path dir = Paths.get(source.startsWith("file:") ? source.substring(5) : source);
        if (!Files.isDirectory(dir)) {
          throw new ExtensionConfigurationException(where + ": no such directory "
              + dir.toAbsolutePath());
        }
        files.copyFrom(dir, target);
        return;
      }
      String name = strip(source.substring("classpath:".length()));
      URL url = loader.getResource(name.isEmpty() || name.endsWith("/") ? name : name + "/");
      if (url == null) {
        url = loader.getResource(name);
      }
      if (url == null) {
        throw new ExtensionConfigurationException(where + ": no class-path directory " + name);
      }
      URI uri;
      try {
        uri = url.toURI();
      } catch (URISyntaxException e) {
        throw new IOException("cannot read " + url, e);
      }
      if (uri.getScheme().equals("jar")) {
        copyFromJar(uri, files);
      } else {
        files.copyFrom(Paths.get(uri), target);
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

  /**
   * The seeds a class or method declares: directories, then trees, then files (so a file can
   * replace one a tree brought), each kind in the order declared.
   */
  static List<Seed> declaredOn(AnnotatedElement element) {
    List<FtpDirectory> directories =
        AnnotationSupport.findRepeatableAnnotations(element, FtpDirectory.class);
    List<FtpSeed> trees = AnnotationSupport.findRepeatableAnnotations(element, FtpSeed.class);
    List<FtpFile> files = AnnotationSupport.findRepeatableAnnotations(element, FtpFile.class);
    if (directories.isEmpty() && trees.isEmpty() && files.isEmpty()) {
      return List.of(); // most test methods: no need to name them
    }
    String on = " on " + (element instanceof Method m
        ? m.getDeclaringClass().getName() + "." + m.getName() + "()"
        : ((Class<?>) element).getName());
    List<Seed> seeds = new ArrayList<>();
    for (FtpDirectory d : directories) {
      String where = "@FtpDirectory(\"" + d.value() + "\")" + on;
      seeds.add(new DirectorySeed(absolute(d.value(), where), where));
    }
    for (FtpSeed s : trees) {
      String where = "@FtpSeed(value = \"" + s.value() + "\", target = \"" + s.target() + "\")"
          + on;
      seeds.add(new TreeSeed(s.value(), absolute(s.target(), where), where));
    }
    for (FtpFile f : files) {
      seeds.add(file(f, on));
    }
    return seeds;
  }

  private static Seed file(FtpFile f, String on) {
    String where = "@FtpFile(path = \"" + f.path() + "\""
        + (f.resource().isEmpty() ? "" : ", resource = \"" + f.resource() + "\"") + ")" + on;
    String path = absolute(f.path(), where);
    if (!f.resource().isEmpty() && !f.content().isEmpty()) {
      throw new ExtensionConfigurationException(where + ": give content or resource, not both");
    }
    if (!f.resource().isEmpty()) {
      return new FileSeed(path, null, f.resource(), where);
    }
    Charset charset;
    try {
      charset = Charset.forName(f.charset());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(where + ": unknown charset " + f.charset(), e);
    }
    return new FileSeed(path, f.content().getBytes(charset), null, where);
  }

  static String absolute(String path, String where) {
    if (!path.startsWith("/")) {
      throw new ExtensionConfigurationException(where + ": the path must be absolute: " + path);
    }
    return path;
  }
}
