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
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;

/**
 * The site in headless Chromium over the seeds: home, search 增材 (and its pages), the centre's page
 * with its evidence marked, the letter it came from with the mention pointed to standing out, a class
 * page in both orders, the query page (highlighted, run from a shared address, labels beside IRIs),
 * and every kind of page at 420 px and at desktop width without horizontal scrolling. Screenshots go
 * to target/screenshots/. Skips when Debian's chromium and chromedriver are not installed.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static ReplyGraphServer server;
    private static DatasetGraph data;
    private static WebDriver driver;

    @BeforeAll
    static void start(@TempDir Path profile) {
        HeadlessChrome.assumeInstalled();
        assumeTrue(Files.isDirectory(Path.of("seeds")), "browser test skipped: no seeds/ folder in " + Path.of("").toAbsolutePath());
        data = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), data);
        server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
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

    @Test
    void theMentionAnEvidenceLinkPointsToStandsOut() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.url() + "id/centre/guo-jia-zeng-cai-zhi-zao-chuang-xin-zhong-xin-14cdd7e1c0.html");
        driver.findElement(By.cssSelector("ol.evidence li a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter mark a")));
        String url = driver.getCurrentUrl();
        WebElement target = driver.findElement(By.id(url.substring(url.indexOf('#') + 1)));
        WebElement other = driver.findElements(By.cssSelector(".letter mark[id]")).stream()
                .filter(m -> !m.equals(target)).findFirst().orElseThrow();
        assertEquals("mark", target.getTagName());
        assertFalse(target.getCssValue("background-color").equals(other.getCssValue("background-color")),
                "the :target mark has its own colour: " + target.getCssValue("background-color"));
        assertFalse(target.getCssValue("outline-style").equals("none"), "and an outline");
        shot("6-target");
    }

    @Test
    void aClassPageFromTheHomePageSortsByLabelAndByLetters() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.url());
        driver.findElement(By.cssSelector("table.classes a[href='/class/Agency']")).click();
        wait.until(ExpectedConditions.urlContains("/class/Agency"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("机关单位"));
        List<String> byLabel = driver.findElements(By.cssSelector("ol.instances li > a")).stream().map(WebElement::getText).toList();
        assertTrue(byLabel.contains("陕西省工业和信息化厅"), byLabel.toString());
        assertEquals(byLabel.stream().sorted(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)).toList(), byLabel);
        driver.findElement(By.linkText("按答复函数 by letters")).click();
        wait.until(ExpectedConditions.urlContains("sort=letters"));
        List<Integer> counts = driver.findElements(By.cssSelector("ol.instances .count")).stream()
                .map(e -> Integer.parseInt(e.getText().replaceAll("\\D.*", ""))).toList();
        assertEquals(byLabel.size(), counts.size());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
        shot("7-class");
        // A type badge on an entity page leads to its class page too.
        driver.findElement(By.cssSelector("ol.instances li > a")).click();
        driver.findElement(By.cssSelector(".types a[href='/class/Agency']")).click();
        wait.until(ExpectedConditions.urlContains("/class/Agency"));
    }

    @Test
    void searchResultsArePagedWithTheirTotalClassAndContext() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.url() + "search?q=%E5%A2%9E%E6%9D%90&limit=2");
        assertEquals("6 results · 1–2", driver.findElement(By.cssSelector("p.total")).getText());
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.results > li"));
        assertEquals(2, hits.size());
        assertEquals("创新平台", hits.get(0).findElement(By.cssSelector(".type a")).getText());
        driver.findElement(By.linkText("下一页 →")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        assertEquals("6 results · 3–4", driver.findElement(By.cssSelector("p.total")).getText());
        driver.findElement(By.linkText("下一页 →")).click();
        wait.until(ExpectedConditions.urlContains("page=3"));
        assertEquals("6 results · 5–6", driver.findElement(By.cssSelector("p.total")).getText());
        assertTrue(driver.findElements(By.linkText("下一页 →")).isEmpty());
        String context = driver.findElements(By.cssSelector("ol.results small.context")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " | " + b);
        assertTrue(context.contains("第604号") || context.contains("604"), "a proposal's number as context: " + context);
        driver.get(server.url() + "search?q=zengcai");
        assertEquals("6 results", driver.findElement(By.cssSelector("p.total")).getText(), "pinyin finds what 增材 finds");
        shot("8-search");
    }

    @Test
    void theQueryPageHighlightsRunsASharedQueryAndShowsLabelsBesideIris() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String query = "PREFIX rg: <https://w3id.org/replygraph/ns#>\nSELECT ?letter ?agency WHERE { ?letter rg:issuedBy ?agency } # who replied";
        driver.get(server.url() + "query?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("rows")));
        assertEquals("5 rows", driver.findElement(By.id("status")).getText(), "the shared query ran on load");
        assertEquals(query, driver.findElement(By.id("sparql")).getAttribute("value"));
        List<String> keywords = driver.findElements(By.cssSelector("#highlight .tok-keyword")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("PREFIX", "SELECT", "WHERE"), keywords);
        assertEquals(List.of("?letter", "?agency", "?letter", "?agency"),
                driver.findElements(By.cssSelector("#highlight .tok-var")).stream().map(WebElement::getText).toList());
        assertEquals("<https://w3id.org/replygraph/ns#>", driver.findElement(By.cssSelector("#highlight .tok-iri")).getText());
        assertEquals(List.of("rg:", "rg:issuedBy"),
                driver.findElements(By.cssSelector("#highlight .tok-pname")).stream().map(WebElement::getText).toList());
        assertEquals("# who replied", driver.findElement(By.cssSelector("#highlight .tok-comment")).getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .label")));
        List<String> labels = driver.findElements(By.cssSelector("#results .label")).stream().map(WebElement::getText).toList();
        assertTrue(labels.contains("陕西省工业和信息化厅"), "the agency's label beside its IRI: " + labels);
        assertTrue(labels.stream().noneMatch(l -> l.endsWith(".txt")), "letters are titled: " + labels);
        // Running another query keeps its address shareable.
        driver.findElement(By.id("sparql")).sendKeys(org.openqa.selenium.Keys.END, "\nLIMIT 1");
        driver.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "1 rows"));
        assertTrue(driver.getCurrentUrl().contains("query=") && driver.getCurrentUrl().contains("LIMIT%201"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("share")).getAttribute("href").contains("LIMIT%201"));
        shot("9-query");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {420, 1280})
    void everyKindOfPageFitsThePhoneAndTheDesktopWithoutScrollingSideways(int width) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            Node letter = Txn.calculateRead(data, () -> data.getUnionGraph().find(Node.ANY, RG.rdfType, RG.ReplyLetter)
                    .mapWith(t -> t.getSubject()).toList().stream().sorted(java.util.Comparator.comparing(Node::getURI)).findFirst().orElseThrow());
            List<String> pages = List.of("", "id/centre/guo-jia-zeng-cai-zhi-zao-chuang-xin-zhong-xin-14cdd7e1c0.html",
                    "id/" + letter.getURI().substring(RG.DEFAULT_BASE.length()) + ".html", "class/Agency", "class/oa:Annotation",
                    "search?q=%E5%A2%9E%E6%9D%90", "query");
            for (String page : pages) {
                driver.get(server.url() + page);
                if (page.equals("query")) {
                    driver.findElement(By.id("run")).click();
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                            ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("rows")));
                }
                JavascriptExecutor js = (JavascriptExecutor) driver;
                long client = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertTrue(client <= width, "the viewport is " + client + " px");
                assertTrue(scroll <= client, "/" + page + " at " + width + " px scrolls sideways: " + scroll + " > " + client);
                if (width < 600) {
                    shot("420-" + (page.isEmpty() ? "home" : page.replaceAll("[^A-Za-z]+", "-")));
                }
            }
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
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
