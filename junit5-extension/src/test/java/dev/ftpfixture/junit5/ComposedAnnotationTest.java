package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** @FtpServerTest and the seeding annotations work as meta-annotations of a team's own one. */
@ComposedAnnotationTest.PartnerServer
@Timeout(60)
class ComposedAnnotationTest {

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @FtpServerTest(users = @FtpUser(name = "partner", password = "pw"))
  @FtpDirectory("/partner/outbox")
  @FtpFile(path = "/partner/inbox/hello.txt", content = "hello")
  @interface PartnerServer {}

  @Test
  void theComposedAnnotationConfiguresAndSeeds(FtpServer ftp) {
    assertThat(ftp.username()).isEqualTo("partner");
    assertThat(ftp.files().isDirectory("/partner/outbox")).isTrue();
    assertThat(ftp.files().readString("/partner/inbox/hello.txt")).isEqualTo("hello");
  }
}
