package dev.arbiter.ui;

import dev.arbiter.lang.Language;
import dev.arbiter.calibration.Calibrator;
import dev.arbiter.support.ScoringProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Performance in a real browser: an accepted submission's score against the reference, and the calibrated limits. */
@QuarkusTest
@TestProfile(ScoringProfile.class)
class PerformanceUiTest {

    static final String TWO_SUM_JAVA = dev.arbiter.support.Solutions.TWO_SUM_JAVA;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Calibrator calibrator;

    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class); // the score panel is redrawn when its state changes
        return wait;
    }

    private String scoreState() {
        return driver.findElement(By.id("score")).getAttribute("data-state");
    }

    private void show(String selector) {
        driver.executeScript("document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })", selector);
    }

    private WebElement calibration(String language) {
        return waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#limits .limit[data-language='" + language + "'][data-state]")));
    }

    @Test
    void anAcceptedSubmissionIsMeasuredAgainstTheReferenceWithAGrowthChart() {
        driver = Browser.start(1280, 900);
        driver.get(root + "#/login");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys("perf" + System.nanoTime() % 1_000_000_000);
        driver.findElement(By.id("password")).sendKeys("a long password");
        driver.findElement(By.id("sign-up")).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("who")));

        driver.get(root + "#/problems/two-sum");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cm-editor")));
        driver.findElement(By.cssSelector("#language option[value=java]")).click();
        driver.executeScript("window.arbiterEditor.setValue(arguments[0])", TWO_SUM_JAVA);
        driver.findElement(By.id("submit")).click();
        WebElement verdict = waitUpTo(120).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict[data-verdict]")));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("ACCEPTED");

        // measuring starts right after the verdict and takes a while: the panel says so and keeps asking
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        if ("PENDING".equals(scoreState())) {
            assertThat(driver.findElement(By.id("score")).getText()).contains("Measuring performance against the reference");
            show("#score");
            Browser.screenshot(driver, "performance-measuring");
        }
        waitUpTo(240).until(d -> !"PENDING".equals(scoreState()));

        WebElement score = driver.findElement(By.id("score"));
        assertThat(score.getAttribute("data-state")).as(score.getText()).isEqualTo("DONE");
        assertThat(score.getText()).contains("Performance vs reference").contains("TIME").contains("MEMORY").contains("GROWTH")
                .containsPattern("\\d+\\.\\d\\d×").contains("reference O(");
        // time per call of both programs, and (Java) the interpreted runs the growth class is fitted on
        assertThat(driver.findElements(By.cssSelector("#score svg.chart polyline"))).hasSize(4);
        assertThat(driver.findElement(By.id("growth-chart")).getText()).contains("interpreted runs");
        assertThat(driver.findElements(By.cssSelector("#growth-chart svg.chart polyline"))).hasSize(2);
        // the signed-in history shows the ratio and growth class next to the accepted entry
        WebElement entry = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".history li .perf.done")));
        assertThat(entry.getText()).matches("\\d+\\.\\d\\d× · .+");
        show("#score");
        Browser.screenshot(driver, "performance-score");
        show(".history");
        Browser.screenshot(driver, "performance-history");

        // the submission's own page shows the same score
        driver.findElement(By.cssSelector(".history li a")).click();
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score[data-state=DONE] svg.chart")));
        assertThat(driver.findElements(By.cssSelector("#score svg.chart polyline"))).hasSize(4);
        show("#score");
        Browser.screenshot(driver, "performance-submission");
    }

    @Test
    void theTimeLimitPanelShowsTheCalibrationOnceTheProblemIsCalibrated() {
        driver = Browser.start(1280, 900);
        driver.get(root + "#/problems/two-sum");
        WebElement python = calibration("python");
        assertThat(python.getText()).contains("Python").contains("5000 ms");
        // the database lives for the whole test run: another test may have calibrated two-sum already
        if ("PENDING".equals(python.getAttribute("data-state"))) {
            // background calibration is off in tests, and the panel says so instead of promising it
            assertThat(python.getText()).contains("not calibrated on this server");
            show("#limits");
            Browser.screenshot(driver, "performance-limits-calibrating");
        }

        calibrator.calibrate("two-sum", Language.PYTHON);
        driver.navigate().refresh();
        python = calibration("python");
        assertThat(python.getAttribute("data-state")).isEqualTo("DONE");
        assertThat(python.getText())
                .containsPattern("slowest accepted \\d+ ms \\(solution\\.py on \\S+\\) · needs ≥ \\d+00 ms")
                .contains("slow.py")
                .contains("Reference solution.py: repeated timing · O(")
                .containsPattern("per call at n = 128,000");
        assertThat(python.findElements(By.cssSelector(".limit-head .pill"))).hasSize(1);
        assertThat(python.findElements(By.cssSelector("svg.chart polyline"))).hasSize(1);
        show("#limits");
        Browser.screenshot(driver, "performance-limits");

        driver.manage().window().setSize(new Dimension(390, 844));
        show("#limits .limit[data-language='python']");
        Browser.screenshot(driver, "performance-limits-narrow");
    }
}
