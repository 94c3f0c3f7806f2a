package dev.sandcastle.web.ui;

import dev.sandcastle.player.Role;
import dev.sandcastle.player.TestPlayers;
import dev.sandcastle.player.TestPlayers.Login;
import dev.sandcastle.progress.IslandDeclarations;
import dev.sandcastle.progress.IslandLoader;
import dev.sandcastle.progress.IslandsApiTest;
import dev.sandcastle.solution.Checks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The game loop in a real headless chromium: level and locked islands on the map, the
 * Solutions tab (sort, filter, vote, comment), the unlock of a player who gives up, and notes
 * and comments with HTML or script in them shown as text.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GameLoopBrowserTest {

    static final String MISSION = "add-two";
    static final String HOSTILE_NOTE = "<img src=x onerror=\"window.__xss='note'\"> read me";
    static final String HOSTILE_COMMENT = "<script>window.__xss='comment'</script><b>bold</b> & done";

    @TestHTTPResource("/")
    URL root;

    @Inject
    IslandLoader islands;

    HeadlessChromium chromium;
    ChromeDriver driver;
    String base;
    Login writer;
    Login reader;
    Login quitter;
    String island;
    long solution;

    @AfterAll
    void stop() {
        islands.replaceAll(List.of());
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(0)
    void playersPublishAndCommentAndAnIslandIsLocked() {
        writer = TestPlayers.register("writer");
        reader = TestPlayers.register("reader");
        quitter = TestPlayers.register("quitter");
        long check = Checks.accepted(writer, MISSION, "def add(a, b):\n    return (a + b) * 1\n");
        Checks.accepted(reader, MISSION, "def add(a, b):\n    return b + a + 0\n");
        solution = ((Number) writer.request().contentType(ContentType.JSON)
                .body(Map.of("submissionId", check, "category", "clear", "note", HOSTILE_NOTE))
                .post("/api/missions/" + MISSION + "/solutions").then().statusCode(201).extract().path("id")).longValue();
        reader.request().contentType(ContentType.JSON).body(Map.of("text", HOSTILE_COMMENT))
                .post("/api/solutions/" + solution + "/comments").then().statusCode(201);
        island = "peak-" + TestPlayers.uniqueName("i").replaceAll("[^a-z0-9]", "").toLowerCase();
        IslandsApiTest.missionOnIsland(TestPlayers.registerWithRoles("author", Role.AUTHOR), island);
        islands.replaceAll(List.of(new IslandDeclarations.Declaration("test-island", "Test Island", 0),
                new IslandDeclarations.Declaration(island, "The Peak", 50)));

        chromium = HeadlessChromium.start(1280, 1000);
        driver = chromium.driver;
        base = root.toString().replaceAll("/$", "");
    }

    @Test
    @Order(1)
    void theMapShowsTheLevelAndLockedIslandsAsLocked() {
        signIn(reader);
        open("#/");
        assertTrue(waitFor(By.id("player-level")).getText().contains("Level 1"));
        assertTrue(find(By.id("progress")).getText().contains("10 points"), find(By.id("progress")).getText());
        WebElement locked = waitFor(By.cssSelector("section.island[data-island='" + island + "']"));
        assertTrue(locked.getAttribute("class").contains("locked"));
        assertTrue(locked.getText().contains("The Peak"), locked.getText());
        assertTrue(locked.getText().contains("opens at 50 points (40 more)"), locked.getText());
        WebElement open = find(By.cssSelector("section.island[data-island='test-island']"));
        assertFalse(open.getAttribute("class").contains("locked"));
    }

    @Test
    @Order(2)
    void theSolutionsTabListsSortsAndFiltersAndShowsANoteWithMarkupAsText() {
        open("#/missions/" + MISSION);
        click(By.id("tab-solutions"));
        WebElement card = waitFor(card());
        assertEquals(HOSTILE_NOTE, card.findElement(By.cssSelector(".solution-note")).getText());
        assertTrue(card.getText().contains(writer.name()));
        assertTrue(card.findElement(By.cssSelector(".solution-code")).getText().contains("return (a + b) * 1"));
        assertNoInjectedMarkup("#solutions-panel");

        new Select(find(By.id("solutions-sort"))).selectByValue("shortest");
        waitFor(card());
        new Select(find(By.id("solutions-category"))).selectByValue("creative");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(card()).isEmpty());
        new Select(find(By.id("solutions-category"))).selectByValue("clear");
        waitFor(card());
    }

    @Test
    @Order(3)
    void aVoteCountsAtOnce() {
        WebElement card = waitFor(card());
        assertEquals("0", card.findElement(By.cssSelector(".votes")).getText());
        card.findElement(By.cssSelector(".vote-up")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "1".equals(d.findElement(card()).findElement(By.cssSelector(".votes")).getText()));
        assertEquals("true", driver.findElement(card()).findElement(By.cssSelector(".vote-up")).getAttribute("aria-pressed"));
    }

    @Test
    @Order(4)
    void commentsWithScriptInThemAreShownAsTextAndANewCommentAppears() {
        driver.findElement(card()).findElement(By.cssSelector(".comments-toggle")).click();
        // the list may be drawn twice (cached, then fresh): read it again until it holds the comment
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("li.solution-card[data-id='" + solution + "'] .comment-body"))
                        .stream().anyMatch(e -> e.getText().equals(HOSTILE_COMMENT)));
        assertNoInjectedMarkup("#solutions-panel");
        WebElement text = driver.findElement(card()).findElement(By.cssSelector(".comment-text"));
        text.sendKeys("Neat <i>trick</i>");
        driver.findElement(card()).findElement(By.cssSelector(".comment-post")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(card())
                .findElements(By.cssSelector(".comment-body")).stream().anyMatch(e -> e.getText().equals("Neat <i>trick</i>")));
        assertNoInjectedMarkup("#solutions-panel");
    }

    @Test
    @Order(5)
    void aPlayerWhoHasNotSolvedTheMissionUnlocksItsSolutionsByGivingUpThePoints() {
        signIn(quitter);
        open("#/missions/" + MISSION);
        click(By.id("tab-solutions"));
        WebElement unlock = waitFor(By.id("unlock-solutions"));
        assertTrue(unlock.getText().contains("10 points"));
        js("window.confirm = () => true");
        unlock.click();
        assertTrue(waitFor(By.id("unlock-message")).getText().contains("gave up its 10 points"));
        waitFor(card());
    }

    private By card() {
        return By.cssSelector("li.solution-card[data-id='" + solution + "']");
    }

    private void signIn(Login login) {
        if (!driver.getCurrentUrl().startsWith(base)) {
            driver.get(base + "/");
        }
        js("sessionStorage.setItem('sandcastle.session', JSON.stringify({name: arguments[0], token: arguments[1]}));"
                + "window.dispatchEvent(new Event('sandcastle:session'))", login.name(), login.token());
    }

    private void assertNoInjectedMarkup(String scope) {
        assertEquals(0L, js("return document.querySelectorAll(arguments[0] + ' img, ' + arguments[0] + ' script, "
                + "' + arguments[0] + ' b, ' + arguments[0] + ' i, ' + arguments[0] + ' [onerror]').length", scope),
                "markup from data became elements");
        assertNull(js("return window.__xss === undefined ? null : String(window.__xss)"), "a script from data ran");
    }

    private void open(String hash) {
        if (driver.getCurrentUrl().startsWith(base)) {
            js("location.hash = arguments[0]", hash);
            js("window.dispatchEvent(new HashChangeEvent('hashchange'))");
        } else {
            driver.get(base + "/" + hash);
        }
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("main > .loading")).isEmpty());
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebElement find(By by) {
        return driver.findElement(by);
    }

    private void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
