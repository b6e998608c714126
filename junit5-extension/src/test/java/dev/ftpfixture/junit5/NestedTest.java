package dev.ftpfixture.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpfixture.FtpServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A @Nested class uses the enclosing configuration, unless it declares its own. */
@FtpServerTest(users = @FtpUser(name = "outer", password = "pw"))
@FtpFile(path = "/outer.txt", content = "o")
@Timeout(60)
class NestedTest {

  @FtpInject FtpServer outerField;

  @Nested
  @FtpFile(path = "/inner.txt", content = "i")
  class Inner {
    @FtpInject FtpServer innerField;

    @Test
    void getsAServerWithTheOuterConfigurationAndBothLevelsOfSeeds(FtpServer ftp) {
      assertThat(ftp).isSameAs(innerField).isSameAs(outerField);
      assertThat(ftp.username()).isEqualTo("outer");
      assertThat(ftp.files().readString("/outer.txt")).isEqualTo("o");
      assertThat(ftp.files().readString("/inner.txt")).isEqualTo("i");
    }

    @Nested
    @FtpFile(path = "/inner.txt", content = "deeper wins")
    class Deeper {
      @Test
      void seedsOfTheInnermostLevelComeLast(FtpServer ftp) {
        assertThat(ftp.files().readString("/inner.txt")).isEqualTo("deeper wins");
        assertThat(ftp).isSameAs(outerField);
      }
    }
  }

  @Nested
  @FtpServerTest(anonymous = true)
  class WithItsOwnConfiguration {
    @Test
    void getsItsOwnServer(FtpServer ftp) {
      assertThat(ftp).isNotSameAs(outerField);
      assertThat(outerField.isRunning()).as("the outer instance's server").isTrue();
      assertThat(ftp.username()).isEqualTo("anonymous");
      assertThat(ftp.files().exists("/outer.txt")).isFalse();
    }
  }
}
