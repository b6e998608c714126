package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * With a per-class server: do not reset it before this test (or before each test of this class),
 * so the test sees the files, journal and faults the test before it left. Without a per-class
 * server it changes nothing.
 *
 * <pre>{@code
 * @Test
 * @FtpKeepState
 * void seesWhatTheUploadTestLeft(FtpServer ftp) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FtpKeepState {}
