package dev.arbiter.ui;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate in a real browser: browse, open a problem, write code, run and submit against the real judge. */
@QuarkusTest
class CandidateFlowUiTest {

    static final String ACCEPTED_JAVA = dev.arbiter.support.Solutions.TWO_SUM_JAVA;

    @TestHTTPResource("/")
    URL root;

    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private void openTwoSum() {
        driver.get(root + "#/");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-slug='two-sum'] a"))).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cm-editor")));
    }

    private WebElement verdict() {
        return waitUpTo(120).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict[data-verdict]")));
    }

    @Test
    void listFiltersAndSearches() {
        driver = Browser.start(1280, 900);
        driver.get(root + "#/");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-slug='two-sum']")));
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(20);
        Browser.screenshot(driver, "problem-list");

        driver.findElement(By.cssSelector("input[type=search]")).sendKeys("anagram");
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("tbody tr")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("tbody tr")).getAttribute("data-slug")).isEqualTo("group-anagrams");
    }

    @Test
    void submittingACorrectJavaSolutionShowsAcceptedTestByTest() {
        driver = Browser.start(1280, 900);
        openTwoSum();
        // the problem page names the runtimes and the libraries a solution may use
        assertThat(driver.findElement(By.id("runtimes")).getText()).contains("numpy").contains("Java 17");
        driver.findElement(By.cssSelector("#language option[value=java]")).click();
        driver.executeScript("window.arbiterEditor.setValue(arguments[0])", ACCEPTED_JAVA);
        driver.findElement(By.id("submit")).click();

        WebElement verdict = verdict();
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("ACCEPTED");
        assertThat(verdict.getText()).contains("Accepted").contains("tests passed");
        assertThat(driver.findElements(By.cssSelector(".test.ok"))).hasSizeGreaterThanOrEqualTo(11);
        assertThat(driver.findElements(By.cssSelector(".history li"))).isNotEmpty();
        Browser.screenshot(driver, "accepted");
    }

    @Test
    void aWrongSolutionShowsTheFailingSampleAtNarrowWidth() {
        driver = Browser.start(390, 844);
        openTwoSum();
        driver.findElement(By.cssSelector("#language option[value=python]")).click();
        driver.executeScript("window.arbiterEditor.setValue(arguments[0])",
                "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        return [9, 9]\n");
        driver.findElement(By.id("run")).click();

        assertThat(verdict().getAttribute("data-verdict")).isEqualTo("WRONG_ANSWER");
        String failing = driver.findElement(By.cssSelector(".test.bad")).getText();
        assertThat(failing).contains("Expected").contains("Your answer").contains("[9,9]");
        Browser.screenshot(driver, "wrong-answer-narrow");
    }

    @Test
    void compileErrorsPointAtTheCandidatesLine() {
        driver = Browser.start(1280, 900);
        openTwoSum();
        driver.findElement(By.cssSelector("#language option[value=java]")).click();
        driver.executeScript("window.arbiterEditor.setValue(arguments[0])",
                "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return nums\n    }\n}\n");
        driver.findElement(By.id("run")).click();

        assertThat(verdict().getAttribute("data-verdict")).isEqualTo("COMPILATION_ERROR");
        assertThat(driver.findElement(By.cssSelector(".results .message")).getText()).contains("Solution.java:3");
        Browser.screenshot(driver, "compile-error");
    }

    @Test
    void aCustomInputThatDoesNotFitTheProblemIsRefusedWithItsLine() {
        driver = Browser.start(1280, 900);
        openTwoSum();
        driver.findElement(By.cssSelector("#language option[value=python]")).click();
        driver.findElement(By.id("use-custom")).click();
        WebElement input = driver.findElement(By.id("custom-input"));
        input.clear();
        input.sendKeys("[1,\"2\"]\n3");
        driver.findElement(By.id("run")).click();

        WebElement results = driver.findElement(By.id("results"));
        waitUpTo(20).until(d -> results.getText().contains("customInput"));
        // the message and nothing else: no verdict, and no "null" where the progress bar would be
        assertThat(results.getText()).isEqualTo("customInput line 1: parameter nums: expected int, got \"2\"");
        assertThat(driver.findElement(By.id("run")).isEnabled()).isTrue();
    }

    @Test
    void draftsAreKeptPerLanguage() {
        driver = Browser.start(1280, 900);
        openTwoSum();
        driver.findElement(By.cssSelector("#language option[value=python]")).click();
        driver.executeScript("window.arbiterEditor.setValue('# my python draft')");
        driver.findElement(By.cssSelector("#language option[value=java]")).click();
        assertThat((String) driver.executeScript("return window.arbiterEditor.getValue()")).contains("class Solution");
        driver.findElement(By.cssSelector("#language option[value=python]")).click();
        assertThat((String) driver.executeScript("return window.arbiterEditor.getValue()")).isEqualTo("# my python draft");
    }

    @Test
    void signedInProgressIsKeptOnTheServer() {
        driver = Browser.start(1280, 900);
        driver.get(root + "#/login");
        String name = "ui" + System.nanoTime() % 1_000_000_000;
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys("a long password");
        driver.findElement(By.id("sign-up")).click();
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("who"), name));

        openTwoSum();
        driver.findElement(By.cssSelector("#language option[value=java]")).click();
        driver.executeScript("window.arbiterEditor.setValue(arguments[0])", ACCEPTED_JAVA);
        driver.findElement(By.id("submit")).click();
        assertThat(verdict().getAttribute("data-verdict")).isEqualTo("ACCEPTED");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".history li")));

        // a fresh browser signed in as the same user sees the solved mark from the server, not from local storage
        driver.quit();
        driver = Browser.start(1280, 900);
        driver.get(root + "#/login");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys("a long password");
        driver.findElement(By.id("sign-in")).click();
        WebElement mark = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-slug='two-sum'] td.mark.solved")));
        assertThat(mark.getText()).isEqualTo("✓");
        Browser.screenshot(driver, "signed-in-progress");

        driver.findElement(By.id("sign-out")).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-link")));
    }

    @Test
    void wrongPasswordsAreExplained() {
        driver = Browser.start(1280, 900);
        driver.get(root + "#/login");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("nobody-here");
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.id("sign-in")).click();
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("auth-error"), "Wrong username or password"));
    }
}
