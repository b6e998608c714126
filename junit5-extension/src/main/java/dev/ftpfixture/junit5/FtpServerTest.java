package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test a real FTP server on an in-memory file system, started and closed for it, and
 * injects it (or its parts) into test and lifecycle methods, constructors and
 * {@link FtpInject @FtpInject} fields.
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
 * <p>Injectable types: {@code FtpServer}, {@code java.nio.file.FileSystem}, {@code FtpFiles},
 * {@code Journal}, {@code Faults} and {@link FtpConnection}. A {@code @Nested} class uses the
 * enclosing class's server unless it has its own {@code @FtpServerTest}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(FtpServerExtension.class)
public @interface FtpServerTest {

  /** The users; none means the server's default user {@code test}/{@code test}. */
  FtpUser[] users() default {};

  /** Let {@code anonymous} log in, read-only. */
  boolean anonymous() default false;

  /** The address to listen on. */
  String host() default "127.0.0.1";

  /** Passive ports as {@code "FROM-TO"}; empty for any free port. */
  String passivePorts() default "";

  /** How long a transfer waits for its data connection, in ms; 0 for the server's default. */
  long dataTimeoutMillis() default 0;

  /** How long a silent session may stay, in ms; 0 for the server's default. */
  long idleTimeoutMillis() default 0;

  /** Allow PORT/EPRT to other hosts and privileged ports (off: bounce protection). */
  boolean allowForeignDataAddresses() default false;

  /**
   * FTPS: explicit (AUTH TLS, optional or required) or implicit, with the shipped test
   * certificate; the client's trust material is {@code ftp.tls()}. For your own certificate or
   * other TLS options, register the extension with {@code FtpServerExtension.builder().tls(...)}.
   */
  TlsMode tls() default TlsMode.NONE;

  /** A fresh server per test method, or one per class. */
  Lifecycle lifecycle() default Lifecycle.PER_METHOD;
}
