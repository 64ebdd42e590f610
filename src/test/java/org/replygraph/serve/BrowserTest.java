package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;

/**
 * The site in headless Chromium over the seeds: home, search 增材, the centre's page with its
 * evidence marked, the letter it came from, an example query. Screenshots go to target/screenshots/.
 * Skips when Debian's chromium and chromedriver are not installed.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static ReplyGraphServer server;
    private static DatasetGraph data;
    private static WebDriver driver;

    @BeforeAll
    static void start(@TempDir Path profile) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isDirectory(Path.of("seeds")), "browser test skipped: no seeds/ folder in " + Path.of("").toAbsolutePath());
        data = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), data);
        server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void searchTheCentreSeeItsEvidenceFollowItToTheLetterAndRunAQuery() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.url());
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("ReplyGraph"));
        shot("1-home");

        driver.findElement(By.id("q")).sendKeys("增材");
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='suggest']//a[starts-with(normalize-space(.), '国家增材制造创新中心')]")));
        shot("2-autocomplete");
        hit.click();

        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), driver.findElement(By.cssSelector("h1")).getText()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.evidence mark")));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("国家增材制造创新中心"));
        List<WebElement> marks = driver.findElements(By.cssSelector("ol.evidence mark"));
        assertFalse(marks.isEmpty());
        assertTrue(marks.get(0).getText().contains("增材制造"));
        shot("3-centre");

        driver.findElement(By.cssSelector("ol.evidence li a")).click();
        WebElement marked = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter mark a")));
        assertTrue(driver.getCurrentUrl().contains("/id/doc/"));
        assertFalse(marked.getText().isEmpty());
        String url = driver.getCurrentUrl();
        String fragment = url.substring(url.indexOf('#') + 1);
        WebElement landed = driver.findElement(By.id(fragment));
        assertEquals("mark", landed.getTagName(), "the evidence link lands on the mention's mark");
        assertTrue(landed.getText().contains("增材制造"), landed.getText());
        String shown = driver.findElement(By.cssSelector("div.letter")).getText();
        assertEquals(withoutSpace(cleanText(url)), withoutSpace(shown), "the letter page shows the whole cleaned text");
        shot("4-letter");

        driver.get(server.url() + "query");
        driver.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tr"), 1));
        assertTrue(driver.findElement(By.id("status")).getText().endsWith("rows"));
        shot("5-query");
    }

    /** The rg:cleanText of the document whose page is at {@code url}. */
    private static String cleanText(String url) {
        String path = URI.create(url).getPath();
        String iri = RG.DEFAULT_BASE + path.substring("/id/".length(), path.lastIndexOf(".html"));
        Node doc = NodeFactory.createURI(iri);
        return Txn.calculateRead(data, () -> data.getUnionGraph().find(doc, RG.cleanText, Node.ANY).next()
                .getObject().getLiteralLexicalForm());
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void shot(String name) {
        try {
            Files.createDirectories(SHOTS);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot " + name, e);
        }
    }
}
