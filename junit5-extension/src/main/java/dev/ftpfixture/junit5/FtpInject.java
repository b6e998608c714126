package dev.ftpfixture.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the server, or a part of it, into a field: {@code FtpServer}, {@code FileSystem},
 * {@code FtpFiles}, {@code Journal}, {@code Faults} or {@link FtpConnection}. A static field
 * needs a per-class server.
 *
 * <pre>{@code
 * @FtpInject FtpServer ftp;
 * @FtpInject FtpConnection connection;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface FtpInject {}
