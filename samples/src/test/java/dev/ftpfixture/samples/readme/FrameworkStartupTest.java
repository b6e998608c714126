package dev.ftpfixture.samples.readme;

import static dev.ftpfixture.assertj.FtpAssertions.assertThat;

import dev.ftpfixture.FtpServer;
import dev.ftpfixture.junit5.FtpConnection;
import dev.ftpfixture.junit5.FtpDirectory;
import dev.ftpfixture.junit5.FtpInject;
import dev.ftpfixture.junit5.FtpServerTest;
import dev.ftpfixture.junit5.Lifecycle;
import dev.ftpfixture.samples.ReportUploader;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

// The README's example of a framework that reads its settings once, at start-up (a Spring
// context, a Camel route), compiled and run as written (ReadmeTest checks). The "application"
// here is a ReportUploader built from Properties.
@FtpServerTest(lifecycle = Lifecycle.PER_CLASS)
@FtpDirectory("/outbox")
@Execution(ExecutionMode.SAME_THREAD) // the tests share one server
class FrameworkStartupTest {

    @FtpInject
    static FtpConnection ftp; // set before any @BeforeAll method runs

    // With Spring, the same field feeds the context:
    // @DynamicPropertySource
    // static void ftpProperties(DynamicPropertyRegistry registry) {
    //     registry.add("reports.ftp.url", () -> ftp.url());
    // }

    static ReportUploader application;

    @BeforeAll
    static void startTheApplication() {
        Properties settings = new Properties();
        settings.setProperty("reports.ftp.host", ftp.host());
        settings.setProperty("reports.ftp.port", String.valueOf(ftp.port()));
        application = new ReportUploader(settings.getProperty("reports.ftp.host"),
            Integer.parseInt(settings.getProperty("reports.ftp.port")),
            ftp.username(), ftp.password(), Duration.ofSeconds(5));
    }

    @Test
    void eachTestStartsFromTheSameFiles(FtpServer server) throws Exception {
        application.upload("/outbox", "weekly.csv", "total,21\n");
        assertThat(server).hasDirectory("/outbox").containsExactlyNames("weekly.csv");
    }

    @Test
    void uploadsTheDailyReport(FtpServer server) throws Exception {
        application.upload("/outbox", "daily.csv", "total,3\n");
        assertThat(server).hasFile("/outbox/daily.csv").hasContent("total,3\n");
    }
}
