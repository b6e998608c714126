package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user for {@link FtpServerTest#users()}.
 *
 * <pre>{@code
 * @FtpServerTest(users = @FtpUser(name = "alice", password = "secret", home = "/home/alice"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface FtpUser {
  /** The login name. */
  String name();

  /** The password (never logged: transcripts show {@code PASS ****}). */
  String password();

  /** The absolute home directory, created at start; the user starts there after login. */
  String home() default "/";

  /** Every write gets 550. */
  boolean readOnly() default false;

  /** Anything outside the home gets 550. */
  boolean jailed() default false;
}
