package dev.ftpfixture.junit5;

/** How long one server lives. */
public enum Lifecycle {
  /** A fresh server for every test method (the default). */
  PER_METHOD,
  /**
   * One server for the whole class, started before {@code @BeforeAll}; its files, journal and
   * faults are reset before each test (unless the test is annotated {@link FtpKeepFiles}).
   */
  PER_CLASS
}
