package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A file seeded into the server before the test: text {@link #content()}, or the bytes of a
 * class-path {@link #resource()}. On the class, for every test (applied first); on a method, for
 * that test.
 *
 * <pre>{@code
 * @FtpFile(path = "/inbox/orders.csv", content = "id,qty\n1,3\n")
 * @FtpFile(path = "/inbox/big.bin", resource = "fixtures/big.bin")
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(FtpFile.List.class)
public @interface FtpFile {

  /** The absolute path in the server's tree; parent directories are created. */
  String path();

  /** The text content; leave empty when {@link #resource()} is given. */
  String content() default "";

  /** The charset of {@link #content()}. */
  String charset() default "UTF-8";

  /** A class-path resource whose bytes become the file, instead of {@link #content()}. */
  String resource() default "";

  /** Holds repeated {@link FtpFile} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface List {
    FtpFile[] value();
  }
}
