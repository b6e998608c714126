package dev.ftpfixture.junit5;

import dev.ftpfixture.Personality;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test a real FTP server on an in-memory file system, started and closed for it, and
 * injects it (or its parts, or a logged-in Commons Net {@code FTPClient}) into test and lifecycle
 * methods, constructors and {@link FtpInject @FtpInject} fields.
 *
 * <pre>{@code
 * @FtpServerTest(users = @FtpUser(name = "alice", password = "secret"))
 * @FtpFile(path = "/inbox/orders.csv", content = "id,qty\n1,3\n")
 * class ImportJobTest {
 *     @Test
 *     void importsEverything(FtpServer ftp) throws Exception {
 *         new ImportJob(ftp.host(), ftp.port(), "alice", "secret").run();
 *         assertThat(ftp).hasFile("/done/orders.csv");
 *     }
 * }
 * }</pre>
 *
 * <p>A {@code @Nested} class uses the enclosing class's server (and configuration) unless it has
 * its own {@code @FtpServerTest}. Works as a meta-annotation. Runs on JUnit Jupiter 5.10 and
 * later, 6.x included.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(FtpServerExtension.class)
public @interface FtpServerTest {

  /** The users; none means the server's default user {@code test}/{@code test}. */
  FtpUser[] users() default {};

  /** Let {@code anonymous} (or {@code ftp}) log in with any password, read-only, home {@code /}. */
  boolean anonymous() default false;

  /** The address to listen on: a loopback address ({@code "::1"} for IPv6). */
  String host() default "127.0.0.1";

  /**
   * The control port; 0 (the default) for a free one. A fixed port fails when it is taken, so
   * tests using it cannot run in parallel.
   */
  int port() default 0;

  /** Passive ports as {@code "FROM-TO"}; empty for any free port. */
  String passivePorts() default "";

  /** How long a transfer waits for its data connection before 425, in ms; 0 for 10 s. */
  long dataTimeoutMillis() default 0;

  /** How long a session may stay silent before 421, in ms; 0 for 5 minutes. */
  long idleTimeoutMillis() default 0;

  /** Allow PORT/EPRT to other hosts and privileged ports (off: bounce protection). */
  boolean allowForeignDataAddresses() default false;

  /** The longest command line accepted, in bytes (longer ones get 500); 0 for 4096. */
  int maxLineLength() default 0;

  /** How many entries the journal keeps before it drops the oldest; 0 for 100,000. */
  int journalCapacity() default 0;

  /** The text of the 220 greeting; empty for the server's own. */
  String greeting() default "";

  /**
   * FTPS: explicit (AUTH TLS, optional or required) or implicit, with the shipped test
   * certificate; the client's trust material is {@code ftp.tls()}. For your own certificate or
   * other TLS options, register the extension with {@code FtpServerExtension.builder().tls(...)}.
   */
  TlsMode tls() default TlsMode.NONE;

  /** A fresh server per test method, or one per class. */
  Lifecycle lifecycle() default Lifecycle.PER_METHOD;

  /**
   * The server to play ({@code personality = Preset.IIS}); for a changed preset, use
   * {@code FtpServerExtension.builder().personality(...)}.
   */
  Personality.Preset personality() default Personality.Preset.FTPFIXTURE;
}
