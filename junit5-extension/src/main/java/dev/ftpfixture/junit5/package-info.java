/**
 * The JUnit Jupiter extension: {@link dev.ftpfixture.junit5.FtpServerTest @FtpServerTest} (or
 * {@link dev.ftpfixture.junit5.FtpServerExtension} in code) starts a server per test or per
 * class, seeds it from {@link dev.ftpfixture.junit5.FtpFile @FtpFile},
 * {@link dev.ftpfixture.junit5.FtpDirectory @FtpDirectory} and
 * {@link dev.ftpfixture.junit5.FtpSeed @FtpSeed}, and injects it, its parts, its
 * {@link dev.ftpfixture.junit5.FtpConnection connection facts} or a logged-in Commons Net
 * client. Compiled against Jupiter 5.10; runs on 5.10 and later, 6.x included.
 */
package dev.ftpfixture.junit5;
