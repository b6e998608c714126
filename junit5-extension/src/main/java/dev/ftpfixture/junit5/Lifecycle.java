package dev.ftpfixture.junit5;

/** How long one server lives. */
public enum Lifecycle {
  /** A fresh server for every test method, repetition and parameterized invocation (the default). */
  PER_METHOD,
  /**
   * One server for the class (and its {@code @Nested} classes), started before
   * {@code @BeforeAll}. Before each test its files go back to what they were when the first test
   * started, and its journal and faults are cleared, unless the test is {@link FtpKeepState}.
   * Tests that share it must not run concurrently.
   */
  PER_CLASS
}
