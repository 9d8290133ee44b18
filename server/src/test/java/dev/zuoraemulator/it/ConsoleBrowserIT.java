package dev.zuoraemulator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (headless Chromium) on the packaged server: a person finds the
 * invoices a split made, runs the pending job and sees it done, moves the clock, finds a request in
 * the journal, and sees a stored {@code <script>} as text. Screenshots of the pages go to {@code
 * target/console-screenshots/} (the ones in docs/ are copies of them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static PackagedServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String token;
    private static String account;
    private static Work.PreparedSplit split;
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");

    @BeforeAll
    static void start() throws IOException {
        Path work = Files.createTempDirectory(Path.of("target"), "console-");
        server = PackagedServer.start(work.resolve("server"), Map.of("EMULATOR_STORAGE", "memory"));
        token = server.token();
        account = Work.createAccount(server, token, "Acme <b>Corp</b>");
        RestAssured.given()
                .baseUri(server.baseUrl())
                .contentType("application/json")
                .body(Map.of("mode", "manual"))
                .put("/emulator/v1/jobs/mode")
                .then()
                .statusCode(200);
        split =
                Work.prepareSplit(
                        server,
                        token,
                        account,
                        List.of(new BigDecimal("1000.00"), new BigDecimal("200.00")),
                        "80",
                        "20");
        Work.execute(server, token, split);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("chromium", "google-chrome", "chrome"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(binary("chromedriver")))
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aPendingJobIsRunAndShownDone() throws IOException {
        open("/emulator/console");
        assertEquals("manual", text("job-mode"));
        follow(By.linkText("Jobs"));
        String jobs = text("jobs");
        assertTrue(jobs.contains(split.split()) && jobs.contains("Pending"), jobs);
        screenshot("jobs");
        follow(By.id("run-jobs"));
        String after = text("jobs");
        assertTrue(after.contains(split.split()) && after.contains("Done"), after);
        assertTrue(!after.contains("Pending"), after);
    }

    @Test
    @Order(2)
    void theInvoicesTheSplitMadeAreFoundFromTheirAccount() throws IOException {
        open("/emulator/console/accounts");
        String accounts = text("accounts");
        assertTrue(accounts.contains("Acme <b>Corp</b>"), "the name, as text: " + accounts);
        follow(By.cssSelector("#accounts a"));
        String invoices = text("invoices");
        // 960 and 240 of the 1,200, the original gone (S1)
        assertTrue(invoices.contains("960") && invoices.contains("240"), invoices);
        screenshot("account");
        follow(By.cssSelector("#invoices a"));
        assertEquals("Draft", text("invoice-status"));
        assertTrue(text("group").contains("Draft"), text("group"));
        screenshot("invoice");
    }

    @Test
    @Order(3)
    void theClockIsMovedFromItsPage() throws IOException {
        open("/emulator/console/clock");
        browser.findElement(By.id("clock-set")).sendKeys("2027-01-01T00:00:00Z");
        follow(By.cssSelector("#set-clock button"));
        wait.until(ExpectedConditions.textToBe(By.id("clock-now"), "2027-01-01T00:00:00Z"));
        browser.findElement(By.id("clock-advance")).sendKeys("P1M");
        follow(By.id("advance"));
        wait.until(ExpectedConditions.textToBe(By.id("clock-now"), "2027-02-01T00:00:00Z"));
        assertEquals("2027-02-01T00:00:00Z", text("emulator-now"));
        screenshot("clock");
        String now =
                RestAssured.given()
                        .baseUri(server.baseUrl())
                        .get("/emulator/v1/clock")
                        .then()
                        .extract()
                        .path("now");
        assertTrue(now.startsWith("2027-02-01T00:00:00"), now);
    }

    @Test
    @Order(4)
    void aRequestIsFoundInTheJournalWithItsReplay() throws IOException {
        open("/emulator/console/journal");
        browser.findElement(By.name("operationId")).sendKeys("Action_POSTexecute");
        follow(By.cssSelector("#journal-filter button"));
        String journal = text("journal");
        assertTrue(journal.contains("POST /v1/action/execute"), journal);
        assertTrue(!journal.contains("/v1/invoices"), "the filter left others in: " + journal);
        screenshot("journal");
        follow(By.cssSelector("#journal a"));
        assertTrue(text("request-body").contains(split.split()), text("request-body"));
        assertTrue(text("curl").startsWith("curl -i -X POST"), text("curl"));
        screenshot("request");
    }

    @Test
    @Order(5)
    void aStoredScriptIsShownAsText() throws IOException {
        String invoice =
                server.api(token)
                        .body(
                                Map.of(
                                        "accountId",
                                        account,
                                        "invoiceDate",
                                        "2026-01-01",
                                        "Note__c",
                                        "<script>alert('stored')</script>",
                                        "invoiceItems",
                                        List.of(
                                                Map.of(
                                                        "amount",
                                                        5,
                                                        "serviceStartDate",
                                                        "2026-01-01",
                                                        "description",
                                                        "<img src=x onerror=alert(1)>"))))
                        .post("/v1/invoices")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        open("/emulator/console/invoices/" + invoice);
        assertTrue(
                text("custom-fields").contains("<script>alert('stored')</script>"),
                text("custom-fields"));
        assertTrue(text("items").contains("<img src=x onerror=alert(1)>"), text("items"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(0, browser.findElements(By.cssSelector("main script, main img")).size());
    }

    /** Clicks and waits until the page it leads to has loaded. */
    private static void follow(By link) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(link).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(
                b ->
                        "complete"
                                .equals(
                                        ((org.openqa.selenium.JavascriptExecutor) b)
                                                .executeScript("return document.readyState")));
    }

    private static void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    private static String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                SCREENSHOTS.resolve("console-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The first of these programs on the PATH (Debian's chromium, or Google Chrome). */
    private static String binary(String... names) {
        List<String> where =
                Stream.of(
                                System.getenv()
                                        .getOrDefault("PATH", "/usr/bin")
                                        .split(File.pathSeparator))
                        .toList();
        for (String name : names) {
            Optional<Path> found =
                    where.stream()
                            .map(dir -> Path.of(dir, name))
                            .filter(Files::isExecutable)
                            .findFirst();
            if (found.isPresent()) {
                return found.get().toString();
            }
        }
        throw new IllegalStateException(
                "none of "
                        + List.of(names)
                        + " on the PATH: .ci/run installs chromium and"
                        + " chromium-driver (apt-get install -y chromium chromium-driver)");
    }
}
