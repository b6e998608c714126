package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole directory tree copied into the server before the test: a class-path directory
 * ({@code "classpath:ftp-seed/"}, from a directory or a jar) or a file-system one
 * ({@code "src/test/ftp"}, relative to the working directory, which Maven sets to the module's;
 * a {@code file:} prefix is allowed). A missing directory fails the test, naming this annotation.
 *
 * <pre>{@code
 * @FtpSeed("classpath:ftp-seed/")
 * @FtpSeed(value = "src/test/ftp/archive", target = "/archive")
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(FtpSeed.List.class)
public @interface FtpSeed {

  /** {@code classpath:dir/}, or a file-system path. */
  String value();

  /** Where in the server's tree it goes: an absolute path. */
  String target() default "/";

  /** Holds repeated {@link FtpSeed} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface List {
    FtpSeed[] value();
  }
}
