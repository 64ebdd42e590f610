package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page under the Content-Security-Policy, in headless Chromium: its script (a file, not
 * inline) runs, draws at most the configured number of rows at a time and says how many it left out,
 * draws the next ones on "more", and shows a {@code javascript:} IRI in a result as text, not as a
 * link. Skips without chromium.
 */
class QueryPageBrowserTest {
    private static ReplyGraphServer server;
    private static WebDriver driver;

    @BeforeAll
    static void start(@TempDir Path profile) {
        HeadlessChrome.assumeInstalled();
        server = ReplyGraphServer.start(SampleData.load(),
                ServerConfig.defaults().withPort(0).withLimits(Limits.defaults().withMaxRenderedRows(3)));
        driver = HeadlessChrome.start(profile);
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
    void theQueryPageCapsRowsAndLinksOnlyHttpIris() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.url() + "query");
        WebElement area = driver.findElement(By.id("sparql"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area,
                "SELECT ?x { VALUES ?x { <javascript:alert(1)> <https://example.org/a> 1 2 3 4 5 6 } }");
        driver.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("rows")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tr"));
        assertEquals(1 + 3, rows.size(), "a header and the first 3 of 8 rows");
        assertEquals("8 rows (first 3 shown)", driver.findElement(By.id("status")).getText());
        List<WebElement> links = driver.findElements(By.cssSelector("#results a"));
        assertEquals(1, links.size());
        assertEquals("https://example.org/a", links.get(0).getAttribute("href"));
        assertTrue(rows.get(1).getText().contains("javascript:alert(1)"), "shown as text");
        WebElement more = driver.findElement(By.id("more"));
        assertTrue(more.isDisplayed());
        more.click();
        assertEquals("8 rows (first 6 shown)", driver.findElement(By.id("status")).getText());
        assertEquals(1 + 6, driver.findElements(By.cssSelector("#results tr")).size());
        more.click();
        assertEquals("8 rows", driver.findElement(By.id("status")).getText());
        assertEquals(1 + 8, driver.findElements(By.cssSelector("#results tr")).size());
        assertTrue(!more.isDisplayed(), "no more to draw");
    }
}
