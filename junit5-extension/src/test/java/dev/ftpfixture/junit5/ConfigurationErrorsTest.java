package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** Seeds and fields that cannot work fail with a message naming the annotation and the path. */
@Timeout(60)
class ConfigurationErrorsTest {

  @FtpFile(path = "/a.txt", content = "x", resource = "fixtures/small.bin")
  static class BothContentAndResource {}

  @FtpFile(path = "relative.txt", content = "x")
  static class RelativePath {}

  @FtpDirectory("outbox")
  static class RelativeDirectory {}

  @FtpFile(path = "/a.txt", content = "x", charset = "no-such-charset")
  static class UnknownCharset {}

  @FtpFile(path = "/a.txt", resource = "no/such/resource")
  static class MissingResource {}

  @FtpSeed("classpath:no-such-dir/")
  static class MissingClassPathDirectory {}

  @FtpSeed("no/such/dir")
  static class MissingDirectory {}

  @FtpDirectory("/taken")
  @FtpFile(path = "/taken", content = "a file where a directory is")
  static class FileOverDirectory {}

  @FtpSeed(value = "classpath:jarred/", target = "/from-jar")
  static class FromAJar {}

  static class WrongFieldType {
    @FtpInject String notInjectable;
  }

  static class FinalField {
    @FtpInject final FtpServer server = null;
  }

  @Test
  void contentAndResourceTogetherAreRefused() {
    assertThatThrownBy(() -> Seeding.declaredOn(BothContentAndResource.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("@FtpFile(path = \"/a.txt\", resource = \"fixtures/small.bin\")")
        .hasMessageContaining("on " + BothContentAndResource.class.getName())
        .hasMessageContaining("not both");
  }

  @Test
  void relativePathsAreRefused() {
    assertThatThrownBy(() -> Seeding.declaredOn(RelativePath.class))
        .hasMessageContaining("@FtpFile(path = \"relative.txt\")")
        .hasMessageContaining("must be absolute: relative.txt");
    assertThatThrownBy(() -> Seeding.declaredOn(RelativeDirectory.class))
        .hasMessageContaining("@FtpDirectory(\"outbox\")")
        .hasMessageContaining("must be absolute: outbox");
  }

  @Test
  void anUnknownCharsetIsNamed() {
    assertThatThrownBy(() -> Seeding.declaredOn(UnknownCharset.class))
        .hasMessageContaining("@FtpFile(path = \"/a.txt\")")
        .hasMessageContaining("unknown charset no-such-charset");
  }

  @Test
  void aMissingResourceOrDirectoryIsNamedWithItsAnnotation() {
    assertThat(seedingFailure(MissingResource.class))
        .contains("@FtpFile(path = \"/a.txt\", resource = \"no/such/resource\")")
        .contains("no class-path resource no/such/resource");
    assertThat(seedingFailure(MissingClassPathDirectory.class))
        .contains("@FtpSeed(value = \"classpath:no-such-dir/\", target = \"/\")")
        .contains("no class-path directory no-such-dir/");
    assertThat(seedingFailure(MissingDirectory.class))
        .contains("@FtpSeed(value = \"no/such/dir\"")
        .contains("no such directory");
  }

  @Test
  void aPathTheTreeCannotTakeIsNamed() {
    assertThat(seedingFailure(FileOverDirectory.class))
        .contains("@FtpFile(path = \"/taken\") on " + FileOverDirectory.class.getName());
  }

  @Test
  void aClassPathTreeInsideAJarIsCopied(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("seed.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("jarred/"));
      out.putNextEntry(new JarEntry("jarred/inbox/"));
      out.putNextEntry(new JarEntry("jarred/inbox/a.txt"));
      out.write("from a jar".getBytes(StandardCharsets.UTF_8));
    }
    try (FtpServer server = FtpServer.start();
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      for (Seeding.Seed seed : Seeding.declaredOn(FromAJar.class)) {
        seed.apply(server.files(), loader);
      }
      assertThat(server.files().readString("/from-jar/inbox/a.txt")).isEqualTo("from a jar");
    }
  }

  @Test
  void aFieldOfAnotherTypeOrAFinalFieldIsRefusedByName() {
    try (FtpServer server = FtpServer.start()) {
      assertThatThrownBy(() -> FtpServerExtension.injectFields(
          List.of(WrongFieldType.class.getDeclaredFields()),
          new WrongFieldType(), server, null))
          .hasMessageContaining("notInjectable")
          .hasMessageContaining("FtpServer, FileSystem, FtpFiles, Journal, Faults, FtpConnection"
              + " or org.apache.commons.net.ftp.FTPClient");
      assertThatThrownBy(() -> FtpServerExtension.injectFields(
          List.of(FinalField.class.getDeclaredFields()),
          new FinalField(), server, null))
          .hasMessageContaining("FinalField.server")
          .hasMessageContaining("must not be final");
    }
  }

  private static String seedingFailure(Class<?> annotated) {
    try (FtpServer server = FtpServer.start()) {
      for (Seeding.Seed seed : Seeding.declaredOn(annotated)) {
        seed.apply(server.files(), ConfigurationErrorsTest.class.getClassLoader());
      }
    } catch (ExtensionConfigurationException e) {
      return e.getMessage();
    }
    throw new AssertionError("seeding " + annotated.getName() + " did not fail");
  }
}
