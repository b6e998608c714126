package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpFiles;
import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Tls;
import dev.ftpfixture.User;
import dev.ftpfixture.fault.Faults;
import dev.ftpfixture.journal.Journal;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MediaType;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link FtpServerTest @FtpServerTest}; register it yourself with
 * {@code @RegisterExtension} to configure it in code.
 *
 * <pre>{@code
 * class ProgrammaticTest {
 *     @RegisterExtension
 *     static FtpServerExtension ftp = FtpServerExtension.builder()
 *         .user("bob", "pw").seedDirectory("classpath:ftp-seed/").perClass().build();
 *
 *     // A framework that reads the port at start-up (Spring's @DynamicPropertySource, a Camel
 *     // route) gets it from the static extension once the per-class server runs:
 *     @DynamicPropertySource
 *     static void ftpProperties(DynamicPropertyRegistry registry) {
 *         registry.add("ftp.port", () -> ftp.server().port());
 *     }
 * }
 * }</pre>
 *
 * <p>Servers live in JUnit's {@code ExtensionContext.Store} and are closed by JUnit when their
 * test (or class) ends; the extension itself keeps only its configuration, so tests can run in
 * parallel. Needs JUnit Jupiter 5.12 or later (6.x works).
 */
public final class FtpServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(FtpServerExtension.class);
  private static final Set<Class<?>> INJECTABLE = Set.of(FtpServer.class, FileSystem.class,
      FtpFiles.class, Journal.class, Faults.class, FtpConnection.class);

  /** Null when the extension comes from {@code @FtpServerTest}: the annotations configure it. */
  private final ServerConfig registered;

  /**
   * A registered extension's per-class server, for {@link #server()} from static context. The
   * Store still owns and closes it; this is only a view.
   */
  private final AtomicReference<FtpServer> perClassServer = new AtomicReference<>();

  /** Used by {@code @FtpServerTest}; configuration comes from the annotations. */
  public FtpServerExtension() {
    this(null);
  }

  private FtpServerExtension(ServerConfig registered) {
    this.registered = registered;
  }

  /** Configures an extension for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The per-class server of this registered extension, while it runs: for code that needs the
   * port from static context before the tests start.
   *
   * @throws IllegalStateException when no per-class server is running
   */
  public FtpServer server() {
    FtpServer server = perClassServer.get();
    if (server == null || !server.isRunning()) {
      throw new IllegalStateException("no per-class server is running: use "
          + "FtpServerExtension.builder()...perClass() on a static @RegisterExtension field, and "
          + "call server() once JUnit has started the class");
    }
    return server;
  }

  // ---- which configuration applies ----------------------------------------------------------

  /** The configuration for a context, with the class that owns the server. */
  private record Resolved(ServerConfig config, Class<?> owner, String key) {}

  private Resolved resolve(ExtensionContext context) {
    return resolve(context.getRequiredTestClass(), context);
  }

  private Resolved resolve(Class<?> testClass, ExtensionContext context) {
    if (registered != null) {
      Class<?> top = topLevel(context).getRequiredTestClass();
      return new Resolved(registered, top, "registered@" + System.identityHashCode(this));
    }
    for (Class<?> c = testClass; c != null; c = enclosing(c)) {
      Optional<FtpServerTest> annotation = AnnotationSupport.findAnnotation(c, FtpServerTest.class);
      if (annotation.isPresent()) {
        return new Resolved(ServerConfig.from(annotation.get(), c), c, "server@" + c.getName());
      }
    }
    throw new ExtensionConfigurationException(testClass.getName()
        + " uses FtpServerExtension without @FtpServerTest: annotate the class, or register the "
        + "extension with FtpServerExtension.builder()");
  }

  private static Class<?> enclosing(Class<?> c) {
    return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
  }

  private static ExtensionContext topLevel(ExtensionContext context) {
    ExtensionContext top = context;
    for (ExtensionContext c = context; c.getParent().isPresent(); c = c.getParent().get()) {
      if (c.getTestClass().isPresent() && c.getTestMethod().isEmpty()) {
        top = c;
      }
    }
    return top;
  }

  /** The class-level context of the class that owns a per-class server. */
  private static ExtensionContext classContext(ExtensionContext context, Class<?> owner) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestMethod().isEmpty() && c.getTestClass().map(owner::equals).orElse(false)) {
        return c;
      }
    }
    return topLevel(context);
  }

  // ---- the server's life --------------------------------------------------------------------

  /** What the Store holds: closed by JUnit at the end of its context, idempotently. */
  @SuppressWarnings("deprecation") // CloseableResource for Jupiter before 5.13
  private static final class Holder implements ExtensionContext.Store.CloseableResource,
      AutoCloseable {
    final FtpServer server;
    final Runnable onClose;

    Holder(FtpServer server, Runnable onClose) {
      this.server = server;
      this.onClose = onClose;
    }

    @Override
    public void close() {
      server.close();
      onClose.run();
    }
  }

  /** The server for a context, started when it is needed first. */
  private FtpServer obtain(ExtensionContext context, String purpose) {
    return obtain(context, resolve(context), purpose);
  }

  private FtpServer obtain(ExtensionContext context, Resolved r, String purpose) {
    ExtensionContext home;
    if (r.config().lifecycle() == Lifecycle.PER_CLASS) {
      home = classContext(context, r.owner());
    } else {
      if (context.getTestMethod().isEmpty()) {
        throw new ParameterResolutionException(purpose + " in " + context.getDisplayName()
            + ": a per-method server exists only for test methods; use lifecycle = PER_CLASS "
            + "(or perClass() on the builder) to use it in @BeforeAll or a PER_CLASS instance");
      }
      home = context;
    }
    return home.getStore(NAMESPACE)
        .getOrComputeIfAbsent(r.key(), key -> start(r, context), Holder.class).server;
  }

  private Holder start(Resolved r, ExtensionContext context) {
    FtpServer server = r.config().start(r.owner().getName());
    try {
      seedOwner(server, r, context);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    boolean perClass = r.config().lifecycle() == Lifecycle.PER_CLASS && registered != null;
    if (perClass) {
      perClassServer.set(server);
    }
    return new Holder(server, () -> {
      if (perClass) {
        perClassServer.compareAndSet(server, null);
      }
    });
  }

  private void seedOwner(FtpServer server, Resolved r, ExtensionContext context) {
    ClassLoader loader = r.owner().getClassLoader();
    for (Seeding.Seed seed : r.config().seeds()) {
      seed.apply(server.files(), loader);
    }
    for (Seeding.Seed seed : Seeding.declaredOn(r.owner())) {
      seed.apply(server.files(), loader);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Resolved r = resolve(context);
    if (r.config().lifecycle() != Lifecycle.PER_CLASS) {
      return;
    }
    FtpServer server = obtain(context, "beforeAll");
    injectFields(context.getRequiredTestClass(), null, server, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Resolved r = resolve(context);
    FtpServer server = obtain(context, "beforeEach");
    boolean keep = AnnotationSupport.isAnnotated(context.getTestMethod(), FtpKeepFiles.class)
        || chain(context.getRequiredTestClass(), null).stream()
            .anyMatch(c -> AnnotationSupport.isAnnotated(c, FtpKeepFiles.class));
    if (r.config().lifecycle() == Lifecycle.PER_CLASS && !keep) {
      reset(server, r, context);
    }
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    for (Class<?> c : chain(context.getRequiredTestClass(), r.owner())) {
      for (Seeding.Seed seed : Seeding.declaredOn(c)) {
        seed.apply(server.files(), loader);
      }
    }
    for (Seeding.Seed seed : Seeding.declaredOn(context.getRequiredTestMethod())) {
      seed.apply(server.files(), loader);
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      // An enclosing instance gets the server of its own class's configuration.
      Class<?> type = instance.getClass();
      if (AnnotationSupport.findAnnotatedFields(type, FtpInject.class).isEmpty()) {
        continue;
      }
      Resolved own = type == context.getRequiredTestClass() ? r : resolve(type, context);
      if (own.config().lifecycle() == Lifecycle.PER_METHOD) {
        for (Field field : AnnotationSupport.findAnnotatedFields(type, FtpInject.class,
            f -> Modifier.isStatic(f.getModifiers()))) {
          throw new ExtensionConfigurationException("@FtpInject field " + field + " is static,"
              + " but the server is per method: make the field an instance field, or use"
              + " lifecycle = PER_CLASS");
        }
      }
      injectFields(type, instance, own == r ? server : obtain(context, own, "field"), false);
    }
  }

  /** Back to the state right after start: seeded files, empty journal, no faults. */
  private void reset(FtpServer server, Resolved r, ExtensionContext context) {
    server.files().delete("/");
    for (User user : server.users()) {
      server.files().createDirectories(user.home());
    }
    seedOwner(server, r, context);
    server.journal().reset();
    server.faults().reset();
  }

  /** The classes from just inside {@code owner} (or the outermost) down to {@code testClass}. */
  private static List<Class<?>> chain(Class<?> testClass, Class<?> owner) {
    List<Class<?>> result = new ArrayList<>();
    for (Class<?> c = testClass; c != null && c != owner; c = enclosing(c)) {
      result.add(c);
    }
    Collections.reverse(result);
    return result;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    Resolved r = resolve(context);
    ExtensionContext home = r.config().lifecycle() == Lifecycle.PER_CLASS
        ? classContext(context, r.owner()) : context;
    Holder holder = home.getStore(NAMESPACE).get(r.key(), Holder.class);
    if (holder == null) {
      return;
    }
    // Published for the build report: what the server saw when the test failed.
    FtpServer server = holder.server;
    context.publishReportEntry("ftpfixture.server", server.toString());
    context.publishReportEntry("ftpfixture.transcript", server.journal().transcript());
    try {
      context.publishFile("ftpfixture-journal.html", MediaType.create("text", "html",
          StandardCharsets.UTF_8), path -> Files.writeString(path,
          server.journal().sequenceDiagramHtml()));
    } catch (LinkageError | UnsupportedOperationException olderJupiter) {
      // Jupiter before 5.12 cannot attach files; the transcript entry is there.
    }
  }

  // ---- injection ----------------------------------------------------------------------------

  /** Sets the {@code @FtpInject} fields: the static ones in beforeAll, the others per test. */
  static void injectFields(Class<?> type, Object instance, FtpServer server,
      boolean statics) {
    for (Field field : AnnotationSupport.findAnnotatedFields(type, FtpInject.class)) {
      if (Modifier.isStatic(field.getModifiers()) != statics) {
        continue;
      }
      if (!INJECTABLE.contains(field.getType())) {
        throw new ExtensionConfigurationException("@FtpInject field " + field + " has type "
            + field.getType().getName() + "; it can be one of " + names());
      }
      if (Modifier.isFinal(field.getModifiers())) {
        throw new ExtensionConfigurationException("@FtpInject field " + field
            + " must not be final");
      }
      try {
        field.setAccessible(true);
        field.set(statics ? null : instance, valueFor(field.getType(), server));
      } catch (IllegalAccessException e) {
        throw new ExtensionConfigurationException("cannot set @FtpInject field " + field, e);
      }
    }
  }

  private static Object valueFor(Class<?> type, FtpServer server) {
    if (type == FtpServer.class) {
      return server;
    } else if (type == FileSystem.class) {
      return server.fileSystem();
    } else if (type == FtpFiles.class) {
      return server.files();
    } else if (type == Journal.class) {
      return server.journal();
    } else if (type == Faults.class) {
      return server.faults();
    }
    return FtpConnection.of(server);
  }

  private static String names() {
    return "FtpServer, FileSystem, FtpFiles, Journal, Faults or FtpConnection";
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String what = "parameter " + parameter.getParameter().getName() + " of "
        + parameter.getDeclaringExecutable();
    try {
      return valueFor(parameter.getParameter().getType(), obtain(context, what));
    } catch (ExtensionConfigurationException e) {
      throw new ParameterResolutionException(what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Constructors are resolved in the test method's context, so that a per-method server injected
   * into a constructor is the one the test uses.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  /**
   * Configures a {@link FtpServerExtension} in code, for {@code @RegisterExtension}.
   *
   * <pre>{@code
   * @RegisterExtension
   * static FtpServerExtension ftp = FtpServerExtension.builder()
   *     .user("alice", "secret").file("/inbox/a.txt", "hello").perClass().build();
   * }</pre>
   */
  public static final class Builder {
    private final List<User> users = new ArrayList<>();
    private final List<Seeding.Seed> seeds = new ArrayList<>();
    private boolean anonymous;
    private String host = "127.0.0.1";
    private String passivePorts = "";
    private Duration dataTimeout;
    private Duration idleTimeout;
    private boolean foreign;
    private Tls tls;
    private Lifecycle lifecycle = Lifecycle.PER_METHOD;

    private Builder() {}

    public Builder user(String name, String password) {
      return user(User.of(name, password));
    }

    public Builder user(User user) {
      users.add(user);
      return this;
    }

    public Builder anonymous() {
      this.anonymous = true;
      return this;
    }

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** Passive ports from this range. */
    public Builder passivePorts(int from, int to) {
      this.passivePorts = from + "-" + to;
      return this;
    }

    public Builder dataTimeout(Duration timeout) {
      this.dataTimeout = timeout;
      return this;
    }

    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = timeout;
      return this;
    }

    public Builder allowForeignDataAddresses(boolean allowed) {
      this.foreign = allowed;
      return this;
    }

    /** FTPS, as {@code FtpServer.builder().tls(...)}: {@code Tls.explicit()}, your own key... */
    public Builder tls(Tls tls) {
      this.tls = tls;
      return this;
    }

    /** A text file (UTF-8) seeded before each test. */
    public Builder file(String path, String content) {
      seeds.add(new Seeding.FileSeed(Seeding.absolute(path, "file()"),
          content.getBytes(StandardCharsets.UTF_8), null, "file(" + path + ")"));
      return this;
    }

    /** A file seeded from a class-path resource's bytes. */
    public Builder fileFromResource(String path, String resource) {
      seeds.add(new Seeding.FileSeed(Seeding.absolute(path, "fileFromResource()"), null, resource,
          "fileFromResource(" + path + ")"));
      return this;
    }

    /** An empty directory (with parents). */
    public Builder directory(String path) {
      seeds.add(new Seeding.DirectorySeed(Seeding.absolute(path, "directory()")));
      return this;
    }

    /** A tree copied in at {@code /}: {@code "classpath:ftp-seed/"} or a file-system path. */
    public Builder seedDirectory(String source) {
      return seedDirectory(source, "/");
    }

    /** A tree copied in at {@code target}. */
    public Builder seedDirectory(String source, String target) {
      seeds.add(new Seeding.TreeSeed(source, Seeding.absolute(target, "seedDirectory()"),
          "seedDirectory(" + source + ")"));
      return this;
    }

    /**
     * One server for the class (the field must be static), reset before each test; reachable
     * through {@link FtpServerExtension#server()}.
     */
    public Builder perClass() {
      this.lifecycle = Lifecycle.PER_CLASS;
      return this;
    }

    /** A fresh server for every test method (the default). */
    public Builder perMethod() {
      this.lifecycle = Lifecycle.PER_METHOD;
      return this;
    }

    public FtpServerExtension build() {
      return new FtpServerExtension(new ServerConfig(List.copyOf(users), anonymous, host,
          passivePorts, dataTimeout, idleTimeout, foreign, tls, lifecycle, List.copyOf(seeds)));
    }
  }
}
