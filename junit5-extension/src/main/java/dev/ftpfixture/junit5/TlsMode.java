package dev.ftpfixture.junit5;

/**
 * FTPS for {@link FtpServerTest#tls()}: the server presents the shipped test certificate for
 * localhost, 127.0.0.1 and ::1; hand the client {@code ftp.tls().trustManager()} (or
 * {@code trustStore()}, {@code clientContext()}, {@code writeCertificatePem(path)}).
 *
 * <pre>{@code
 * @FtpServerTest(tls = TlsMode.EXPLICIT_REQUIRED)
 * class UploaderTest {
 *     @Test
 *     void uploadsOverFtps(FtpServer ftp) throws Exception {
 *         FTPSClient client = new FTPSClient();
 *         client.setTrustManager(ftp.tls().trustManager());
 *         ...
 *     }
 * }
 * }</pre>
 */
public enum TlsMode {
  /** Plain FTP only (the default); AUTH, PBSZ and PROT get 502. */
  NONE,
  /** AUTH TLS on the control port; plain FTP works too. */
  EXPLICIT,
  /** AUTH TLS on the control port, and no login without it (530). */
  EXPLICIT_REQUIRED,
  /** TLS from the first byte; {@code ftp.url()} is {@code ftps://...}. */
  IMPLICIT
}
