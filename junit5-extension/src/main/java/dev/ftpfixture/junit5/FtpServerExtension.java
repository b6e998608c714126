package dev.ftpfixture.junit5;

import dev.ftpfixture.FtpFiles;
import dev.ftpfixture.FtpServer;
import dev.ftpfixture.Personality;
import dev.ftpfixture.Tls;
import dev.ftpfixture.User;
import dev.ftpfixture.fault.Faults;
import dev.ftpfixture.journal.Journal;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JUnit extension behind {@link FtpServerTest @FtpServerTest}; register it yourself with
 * {@code @RegisterExtension} to configure it in code.
 *
 * <pre>{@code
 * class ProgrammaticTest {
 *     @RegisterExtension
 *     static FtpServerExtension ftp = FtpServerExtension.builder()
 *         .user("bob", "pw").seedDirectory("classpath:ftp-seed/").perClass().build();
 *
 *     @FtpInject static FtpConnection connection; // set before @BeforeAll, for frameworks
 * }
 * }</pre>
 *
 * <p>The extension holds only its immutable configuration: servers (and injected clients) live
 * in JUnit's {@code ExtensionContext.Store}, which closes them when their test or class ends, so
 * one extension serves tests running in parallel. Compiled against JUnit Jupiter 5.10, runs on
 * 5.10 and later, 6.x included.
 */
public final class FtpServerExtension implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {

  static final Namespace NAMESPACE = Namespace.create(FtpServerExtension.class);
  private static final Logger LOG = LoggerFactory.getLogger(FtpServerExtension.class);
  private static final Set<Class<?>> INJECTABLE = Set.of(FtpServer.class, FileSystem.class,
      FtpFiles.class, Journal.class, Faults.class, FtpConnection.class);
  /** By name: asking with a class literal would load Commons Net, which may be absent. */
  private static final String FTP_CLIENT = "org.apache.commons.net.ftp.FTPClient";

  /** Null when the extension comes from {@code @FtpServerTest}: the annotations configure it. */
  private final ServerConfig registered;

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

  // ---- which configuration applies ----------------------------------------------------------

  /**
   * The configuration for a test class, the class whose context owns a per-class server, and the
   * Store key of its server.
   */
  private record Resolved(ServerConfig config, Class<?> owner, ServerKey key) {}

  /** The extension (registered) or the annotated class whose server this is. */
  private record ServerKey(Object source) {}

  private Resolved resolve(ExtensionContext context) {
    return resolve(context.getRequiredTestClass(), context);
  }

  private Resolved resolve(Class<?> testClass, ExtensionContext context) {
    if (registered != null) {
      return new Resolved(registered, outermostClass(context).getRequiredTestClass(),
          new ServerKey(this));
    }
    return perClass(context, new AnnotatedConfig(testClass), Resolved.class,
        () -> resolveAnnotations(testClass));
  }

  /** What the annotations of {@code testClass} and its enclosing classes configure. */
  private static Resolved resolveAnnotations(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = enclosing(c)) {
      Optional<FtpServerTest> annotation = AnnotationSupport.findAnnotation(c, FtpServerTest.class);
      if (annotation.isPresent()) {
        refuseASecondConfiguration(c);
        return new Resolved(ServerConfig.from(annotation.get(), c), c, new ServerKey(c));
      }
    }
    throw new ExtensionConfigurationException(testClass.getName()
        + " uses FtpServerExtension without @FtpServerTest: annotate the class, or register the "
        + "extension with FtpServerExtension.builder()");
  }

  // ---- what a class's annotations say, read once per class ---------------------------------

  /** Store keys, each with the class whose annotations it caches. */
  private record AnnotatedConfig(Class<?> testClass) {}

  private record ClassSeeds(Class<?> testClass) {}

  private record InjectedFields(Class<?> testClass) {}

  /**
   * A value read from a class's annotations, computed the first time a test of the class asks
   * and kept in the root Store: annotations do not change, and scanning them in every callback
   * of every test was a good part of the extension's cost per test (benchmarks, measure 8). A
   * value that fails to compute is not kept, so each test reports its own configuration error.
   */
  private static <T> T perClass(ExtensionContext context, Object key, Class<T> type,
      Supplier<T> compute) {
    ExtensionContext.Store cache = context.getRoot().getStore(NAMESPACE);
    T value = cache.get(key, type);
    if (value == null) {
      value = compute.get();
      cache.put(key, value);
    }
    return value;
  }

  @SuppressWarnings("unchecked") // the key type says what the list holds
  private static List<Seeding.Seed> seedsOf(Class<?> c, ExtensionContext context) {
    return perClass(context, new ClassSeeds(c), List.class, () -> Seeding.declaredOn(c));
  }

  @SuppressWarnings("unchecked")
  private static List<Field> injectedFieldsOf(Class<?> c, ExtensionContext context) {
    return perClass(context, new InjectedFields(c), List.class,
        () -> AnnotationSupport.findAnnotatedFields(c, FtpInject.class));
  }

  /** Both would resolve the same parameters, and JUnit would only say "competing resolvers". */
  private static void refuseASecondConfiguration(Class<?> annotated) {
    for (Field field : AnnotationSupport.findAnnotatedFields(annotated, RegisterExtension.class,
        f -> FtpServerExtension.class.isAssignableFrom(f.getType()))) {
      throw new ExtensionConfigurationException(annotated.getName() + " has @FtpServerTest and "
          + "registers FtpServerExtension in " + field.getName() + ": use one of them");
    }
  }

  private static Class<?> enclosing(Class<?> c) {
    return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
  }

  private static ExtensionContext outermostClass(ExtensionContext context) {
    ExtensionContext top = context;
    for (ExtensionContext c = context; c.getParent().isPresent(); c = c.getParent().get()) {
      if (c.getTestClass().isPresent() && c.getTestMethod().isEmpty()) {
        top = c;
      }
    }
    return top;
  }

  /**
   * The context whose Store holds the server: the owner's class context for a per-class server,
   * the test method's for a per-method one. Walking parents works on Jupiter 5.10, which has no
   * {@code getEnclosingTestClasses()}.
   */
  private static ExtensionContext home(ExtensionContext context, Resolved r, String what) {
    if (r.config().perClass()) {
      for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
        if (c.getTestMethod().isEmpty() && c.getTestClass().map(r.owner()::equals).orElse(false)) {
          return c;
        }
      }
      return outermostClass(context);
    }
    if (context.getTestMethod().isEmpty()) {
      throw new ExtensionConfigurationException(what + ": the server is per test method, and JUnit"
          + " asks for it outside one (in @BeforeAll, a static field, a PER_CLASS test instance, or"
          + " a constructor, which JUnit resolves with the class's context). Use lifecycle ="
          + " PER_CLASS (perClass() on the builder), or a test method parameter or an @FtpInject"
          + " instance field. For constructors, Jupiter 5.12+ also accepts the configuration"
          + " parameter junit.jupiter.extensions.testinstantiation.extensioncontextscope.default"
          + " = test_method");
    }
    return context;
  }

  // ---- the server's life --------------------------------------------------------------------

  /**
   * What the Store holds: closed by JUnit when its context ends. Idempotent, because Jupiter
   * 5.13+ closes {@code AutoCloseable} values too and a user may close the server first.
   */
  @SuppressWarnings("deprecation") // CloseableResource: what Jupiter before 5.13 closes
  private static final class ServerHolder
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final FtpServer server;
    private Baseline baseline;

    ServerHolder(FtpServer server) {
      this.server = server;
    }

    /** Before a test of a per-class server: back to the first test's files, nothing recorded. */
    synchronized void prepareTest(boolean keep) {
      if (baseline == null) {
        baseline = Baseline.of(server);
      } else if (!keep) {
        baseline.restore(server);
      }
      if (!keep) {
        server.journal().reset();
        server.faults().reset();
      }
    }

    @Override
    public void close() {
      server.close();
    }
  }

  private ServerHolder holder(ExtensionContext context, Resolved r, String what) {
    return home(context, r, what).getStore(NAMESPACE)
        .getOrComputeIfAbsent(r.key(), key -> start(r, seedsOf(r.owner(), context)),
            ServerHolder.class);
  }

  private FtpServer server(ExtensionContext context, Resolved r, String what) {
    return holder(context, r, what).server;
  }

  /**
   * Starts and seeds a server; a seed that fails closes it before the error goes to JUnit.
   * {@code declared} are the owner class's seeds, read before the start so that annotation
   * mistakes fail first.
   */
  private static ServerHolder start(Resolved r, List<Seeding.Seed> declared) {
    List<Seeding.Seed> seeds = new ArrayList<>(r.config().seeds());
    seeds.addAll(declared);
    FtpServer server = r.config().start();
    try {
      seedAll(seeds, server, r.owner());
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return new ServerHolder(server);
  }

  private static void seedAll(List<Seeding.Seed> seeds, FtpServer server, Class<?> loadedBy) {
    ClassLoader loader = loadedBy.getClassLoader();
    for (Seeding.Seed seed : seeds) {
      seed.apply(server.files(), loader);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Resolved r = resolve(context);
    if (!r.config().perClass()) {
      for (Field field : AnnotationSupport.findAnnotatedFields(testClass, FtpInject.class,
          f -> Modifier.isStatic(f.getModifiers()))) {
        throw new ExtensionConfigurationException("@FtpInject field " + field + " is static, but"
            + " the server is per test method: make it an instance field, or use lifecycle ="
            + " PER_CLASS (perClass() on the builder)");
      }
      return;
    }
    ServerHolder holder = holder(context, r, "@BeforeAll of " + testClass.getName());
    injectFields(injectedFieldsOf(testClass, context), null, holder.server, context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Resolved r = resolve(context);
    ServerHolder holder = holder(context, r, context.getDisplayName());
    if (r.config().perClass()) {
      boolean keep = AnnotationSupport.isAnnotated(context.getTestMethod(), FtpKeepState.class)
          || enclosingChain(testClass, null).stream()
              .anyMatch(c -> AnnotationSupport.isAnnotated(c, FtpKeepState.class));
      holder.prepareTest(keep);
    }
    // The owner's class-level seeds went in at start; then each @Nested level's, then the method's.
    List<Seeding.Seed> seeds = new ArrayList<>();
    for (Class<?> c : enclosingChain(testClass, r.owner())) {
      seeds.addAll(seedsOf(c, context));
    }
    seeds.addAll(Seeding.declaredOn(context.getRequiredTestMethod()));
    seedAll(seeds, holder.server, testClass);

    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      // An enclosing instance gets the server of its own class's configuration.
      Class<?> type = instance.getClass();
      List<Field> fields = injectedFieldsOf(type, context);
      if (fields.isEmpty()) {
        continue;
      }
      FtpServer server = type == testClass ? holder.server
          : server(context, resolve(type, context), "@FtpInject fields of " + type.getName());
      injectFields(fields, instance, server, context);
    }
  }

  /** The classes from just inside {@code owner} (or the outermost) down to {@code testClass}. */
  private static List<Class<?>> enclosingChain(Class<?> testClass, Class<?> owner) {
    List<Class<?>> result = new ArrayList<>();
    for (Class<?> c = testClass; c != null && c != owner; c = enclosing(c)) {
      result.add(c);
    }
    Collections.reverse(result);
    return result;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      publishTranscript(context, resolve(context), false);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      publishTranscript(context, resolve(context), true);
    }
  }

  /**
   * When a test (or a class's set-up) failed: what its server saw, as a report entry and a log
   * line, so the failure explains itself. Nothing when all went well.
   */
  private static void publishTranscript(ExtensionContext context, Resolved r, boolean classLevel) {
    if (classLevel && !r.config().perClass()) {
      return; // per-method servers belong to tests, which told their own failures
    }
    ServerHolder holder;
    try {
      ExtensionContext home = home(context, r, context.getDisplayName());
      if (classLevel && home != context) {
        return; // told once, by the class that owns the server
      }
      holder = home.getStore(NAMESPACE).get(r.key(), ServerHolder.class);
    } catch (RuntimeException noServer) {
      return; // it never started: the failure says why
    }
    if (holder == null) {
      return;
    }
    FtpServer server = holder.server;
    String transcript = server.journal().transcript();
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("ftpfixture.server", server.toString());
    entry.put("ftpfixture.transcript", transcript.isBlank() ? "(no session)" : transcript);
    context.publishReportEntry(entry);
    attachSequenceDiagram(context, server);
    LOG.info("{} failed; what {} saw:\n{}", context.getDisplayName(), server,
        entry.get("ftpfixture.transcript"));
  }

  /** The file name of the sequence diagram attached to a failing test. */
  static final String DIAGRAM_FILE = "ftpfixture-journal.html";

  /**
   * Attaches the journal's sequence diagram (self-contained HTML) to the failing test, where
   * Jupiter can take files (5.12 and later, {@code publishFile}). Found by reflection because
   * the extension is compiled against 5.10, where the method does not exist; on 5.10 and 5.11 the
   * transcript entry is all there is.
   */
  private static void attachSequenceDiagram(ExtensionContext context, FtpServer server) {
    Method publishFile;
    Object html;
    try {
      Class<?> mediaType = Class.forName("org.junit.jupiter.api.extension.MediaType", false,
          ExtensionContext.class.getClassLoader());
      publishFile = ExtensionContext.class.getMethod("publishFile", String.class, mediaType,
          ThrowingConsumer.class);
      html = mediaType.getMethod("parse", String.class).invoke(null, "text/html; charset=UTF-8");
    } catch (ReflectiveOperationException | LinkageError olderJupiter) {
      return;
    }
    String diagram = server.journal().sequenceDiagramHtml();
    ThrowingConsumer<Path> write = path -> Files.writeString(path, diagram, StandardCharsets.UTF_8);
    try {
      publishFile.invoke(context, DIAGRAM_FILE, html, write);
    } catch (InvocationTargetException e) {
      // No output directory configured, or a full disk: the transcript entry still tells.
      LOG.debug("could not attach {} to {}", DIAGRAM_FILE, context.getDisplayName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      LOG.debug("could not attach {} to {}", DIAGRAM_FILE, context.getDisplayName(), e);
    }
  }

  // ---- injection ----------------------------------------------------------------------------

  private static boolean injectable(Class<?> type) {
    return INJECTABLE.contains(type) || type.getName().equals(FTP_CLIENT);
  }

  /**
   * Sets the {@code @FtpInject} fields of a class: the static ones when {@code instance} is null
   * (in beforeAll), the instance ones otherwise (before each test).
   */
  static void injectFields(List<Field> fields, Object instance, FtpServer server,
      ExtensionContext scope) {
    boolean statics = instance == null;
    for (Field field : fields) {
      if (Modifier.isStatic(field.getModifiers()) != statics) {
        continue;
      }
      if (!injectable(field.getType())) {
        throw new ExtensionConfigurationException("@FtpInject field " + field + " has type "
            + field.getType().getName() + "; it can be one of " + names());
      }
      if (Modifier.isFinal(field.getModifiers())) {
        throw new ExtensionConfigurationException("@FtpInject field " + field
            + " must not be final");
      }
      try {
        field.setAccessible(true);
        field.set(instance, valueFor(field.getType(), server, scope, "@FtpInject field " + field));
      } catch (IllegalAccessException | RuntimeException e) {
        throw new ExtensionConfigurationException("cannot set @FtpInject field " + field + ": "
            + e.getMessage(), e);
      }
    }
  }

  private static Object valueFor(Class<?> type, FtpServer server, ExtensionContext scope,
      String what) {
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
    } else if (type == FtpConnection.class) {
      return FtpConnection.of(server);
    }
    return FtpClients.connect(server, scope, what);
  }

  private static String names() {
    return "FtpServer, FileSystem, FtpFiles, Journal, Faults, FtpConnection or "
        + FTP_CLIENT + " (with Commons Net on the class path)";
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return injectable(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String what = "parameter " + parameter.getParameter().getName() + " of "
        + parameter.getDeclaringExecutable();
    try {
      return valueFor(parameter.getParameter().getType(), server(context, resolve(context), what),
          context, what);
    } catch (ExtensionConfigurationException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  /**
   * Configures a {@link FtpServerExtension} in code, for {@code @RegisterExtension}: the same
   * options as {@link FtpServerTest}'s attributes and the seeding annotations.
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
    private User anonymous;
    private String host = "127.0.0.1";
    private int port;
    private String passivePorts = "";
    private Duration dataTimeout;
    private Duration idleTimeout;
    private boolean foreign;
    private int maxLineLength;
    private int journalCapacity;
    private String greeting = "";
    private Tls tls;
    private Lifecycle lifecycle = Lifecycle.PER_METHOD;
    private Personality personality = Personality.FTPFIXTURE;

    private Builder() {}

    /** A user with home {@code /}; the first user added is the one injected clients log in as. */
    public Builder user(String name, String password) {
      return user(User.of(name, password));
    }

    /** A user with its own home, jail and write rights. */
    public Builder user(User user) {
      users.add(user);
      return this;
    }

    /** Lets {@code anonymous} log in with any password, read-only, home {@code /}. */
    public Builder anonymous() {
      return anonymous(ServerConfig.defaultAnonymous());
    }

    /** Lets anonymous log in with the home, jail and write rights of {@code account}. */
    public Builder anonymous(User account) {
      this.anonymous = account;
      return this;
    }

    /** The address to listen on (default 127.0.0.1). */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** A fixed control port instead of a free one; tests using it cannot run in parallel. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Passive ports from this range (both ends included). */
    public Builder passivePorts(int from, int to) {
      this.passivePorts = from + "-" + to;
      return this;
    }

    /** How long a transfer waits for its data connection before 425 (default 10 s). */
    public Builder dataTimeout(Duration timeout) {
      this.dataTimeout = timeout;
      return this;
    }

    /** How long a session may stay silent before 421 (default 5 min). */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = timeout;
      return this;
    }

    /** Allow PORT/EPRT to other hosts and privileged ports (off: bounce protection). */
    public Builder allowForeignDataAddresses(boolean allowed) {
      this.foreign = allowed;
      return this;
    }

    /** The longest command line accepted (default 4096 bytes). */
    public Builder maxLineLength(int bytes) {
      this.maxLineLength = bytes;
      return this;
    }

    /** How many entries the journal keeps (default 100,000). */
    public Builder journalCapacity(int entries) {
      this.journalCapacity = entries;
      return this;
    }

    /** The text of the 220 greeting. */
    public Builder greeting(String text) {
      this.greeting = text;
      return this;
    }

    /** FTPS, as {@code FtpServer.builder().tls(...)}: {@code Tls.explicit()}, your own key... */
    public Builder tls(Tls tls) {
      this.tls = tls;
      return this;
    }

    /** A text file (UTF-8), as {@code @FtpFile(path, content)}. */
    public Builder file(String path, String content) {
      return file(path, content, StandardCharsets.UTF_8);
    }

    /** A text file in {@code charset}. */
    public Builder file(String path, String content, Charset charset) {
      String where = "file(\"" + path + "\")";
      seeds.add(new Seeding.FileSeed(Seeding.absolute(path, where), content.getBytes(charset),
          null, where));
      return this;
    }

    /** A file with a class-path resource's bytes, as {@code @FtpFile(path, resource)}. */
    public Builder fileFromResource(String path, String resource) {
      String where = "fileFromResource(\"" + path + "\", \"" + resource + "\")";
      seeds.add(new Seeding.FileSeed(Seeding.absolute(path, where), null, resource, where));
      return this;
    }

    /** An empty directory (with parents), as {@code @FtpDirectory}. */
    public Builder directory(String path) {
      String where = "directory(\"" + path + "\")";
      seeds.add(new Seeding.DirectorySeed(Seeding.absolute(path, where), where));
      return this;
    }

    /** A tree copied in at {@code /}: {@code "classpath:ftp-seed/"} or a file-system path. */
    public Builder seedDirectory(String source) {
      return seedDirectory(source, "/");
    }

    /** A tree copied in at {@code target}, as {@code @FtpSeed(value, target)}. */
    public Builder seedDirectory(String source, String target) {
      String where = "seedDirectory(\"" + source + "\", \"" + target + "\")";
      seeds.add(new Seeding.TreeSeed(source, Seeding.absolute(target, where), where));
      return this;
    }

    /**
     * One server for the class, started before {@code @BeforeAll} and reset before each test;
     * static {@code @FtpInject} fields get it.
     */
    public Builder perClass() {
      this.lifecycle = Lifecycle.PER_CLASS;
      return this;
    }

    /** The server to play, a preset or one changed from it: {@code personality(Personality.IIS)}. */
    public Builder personality(Personality personality) {
      this.personality = java.util.Objects.requireNonNull(personality, "personality");
      return this;
    }

    /** A fresh server for every test method (the default). */
    public Builder perMethod() {
      this.lifecycle = Lifecycle.PER_METHOD;
      return this;
    }

    /**
     * The extension, for a {@code static} {@code @RegisterExtension} field (an instance field
     * gets no {@code @BeforeAll} callbacks, so no per-class server).
     *
     * @throws ExtensionConfigurationException for an option the server refuses
     */
    public FtpServerExtension build() {
      ServerConfig config = new ServerConfig(List.copyOf(users), anonymous, host, port,
          passivePorts, dataTimeout, idleTimeout, foreign, maxLineLength, journalCapacity,
          greeting, tls, lifecycle, List.copyOf(seeds), personality,
          "FtpServerExtension.builder()");
      config.builder(); // bad options fail here, where the user wrote them
      return new FtpServerExtension(config);
    }
  }
}
