package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpfixture.FtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Mistakes in the annotations fail with a message that names the place at fault. */
class ConfigurationErrorsTest {

  @FtpFile(path = "/a.txt", content = "x", resource = "fixtures/small.bin")
  static class BothContentAndResource {}

  @FtpFile(path = "relative.txt", content = "x")
  static class RelativePath {}

  @FtpFile(path = "/a.txt", resource = "no/such/resource")
  static class MissingResource {}

  @FtpSeed("classpath:no-such-dir/")
  static class MissingSeedDirectory {}

  static class WrongFieldType {
    @FtpInject String notInjectable;
  }

  @Test
  void contentAndResourceTogetherAreRefused() {
    assertThatThrownBy(() -> Seeding.declaredOn(BothContentAndResource.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("BothContentAndResource")
        .hasMessageContaining("/a.txt")
        .hasMessageContaining("not both");
  }

  @Test
  void aRelativePathIsRefused() {
    assertThatThrownBy(() -> Seeding.declaredOn(RelativePath.class))
        .hasMessageContaining("must be absolute: relative.txt");
  }

  @Test
  void aMissingResourceOrDirectoryNamesIt() {
    try (FtpServer server = FtpServer.start()) {
      assertThatThrownBy(() -> Seeding.declaredOn(MissingResource.class).get(0)
          .apply(server.files(), getClass().getClassLoader()))
          .hasMessageContaining("no class-path resource no/such/resource");
      assertThatThrownBy(() -> Seeding.declaredOn(MissingSeedDirectory.class).get(0)
          .apply(server.files(), getClass().getClassLoader()))
          .hasMessageContaining("no class-path directory classpath:no-such-dir/");
    }
  }

  @Test
  void aFieldOfAnotherTypeIsRefusedByName() {
    try (FtpServer server = FtpServer.start()) {
      assertThatThrownBy(() -> FtpServerExtension.injectFields(WrongFieldType.class,
          new WrongFieldType(), server, false))
          .hasMessageContaining("notInjectable")
          .hasMessageContaining("FtpServer, FileSystem, FtpFiles, Journal, Faults or FtpConnection");
    }
  }
}
