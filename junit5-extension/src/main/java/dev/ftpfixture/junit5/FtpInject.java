package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the server, or a part of it, into a non-final field: {@code FtpServer},
 * {@code FileSystem}, {@code FtpFiles}, {@code Journal}, {@code Faults}, {@link FtpConnection},
 * or a connected, logged-in Commons Net {@code FTPClient} (closed after the test). Instance
 * fields are set before each test; static fields, which need a per-class server, before
 * {@code @BeforeAll}, so static code such as a Spring {@code @DynamicPropertySource} supplier
 * can read them.
 *
 * <pre>{@code
 * @FtpInject FtpServer ftp;
 * @FtpInject FTPClient client;
 * @FtpInject static FtpConnection connection; // with lifecycle = PER_CLASS
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface FtpInject {}
