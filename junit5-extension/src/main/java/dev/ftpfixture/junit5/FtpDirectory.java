package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An (empty) directory created before the test, with its parents.
 *
 * <pre>{@code
 * @FtpDirectory("/outbox")
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(FtpDirectory.List.class)
public @interface FtpDirectory {

  /** The absolute path. */
  String value();

  /** Holds repeated {@link FtpDirectory} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface List {
    FtpDirectory[] value();
  }
}
