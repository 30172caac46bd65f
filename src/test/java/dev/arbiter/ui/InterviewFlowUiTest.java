package dev.arbiter.ui;

import dev.arbiter.account.AdminService;
import dev.arbiter.interview.InterviewFixture;
import dev.arbiter.interview.MovableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One interview end to end in two browsers: the interviewer creates a one-problem session and watches; the candidate
 * opens the link, types, pastes, runs and lets the time run out; the deadline job submits the code, the judge
 * accepts it, and the interviewer reads the report and plays the code back.
 */
@QuarkusTest
class InterviewFlowUiTest {

    static final String SOLUTION = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
                    return []
            """;

    @TestHTTPResource("/")
    URL root;
    @Inject
    AdminService admins;
    @Inject
    MovableClock clock;

    ChromeDriver interviewer;
    ChromeDriver candidate;

    @AfterEach
    void quit() {
        clock.reset();
        if (interviewer != null) interviewer.quit();
        if (candidate != null) candidate.quit();
    }

    private static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static WebElement find(WebDriver driver, String css, int seconds) {
        return waitUpTo(driver, seconds).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void anInterviewFromInviteToPlayback() {
        String name = InterviewFixture.unique("ui-iv");
        String cookie = InterviewFixture.signUp(name);
        String admin = InterviewFixture.admin(admins);
        InterviewFixture.as(admin).contentType("application/json").body(java.util.Map.of("role", "INTERVIEWER"))
                .put("/api/admin/accounts/" + InterviewFixture.idOf(cookie) + "/role").then().statusCode(200);

        // the interviewer signs in and creates the session
        interviewer = Browser.start(1280, 1000);
        interviewer.get(root + "#/login");
        find(interviewer, "#username", 20).sendKeys(name);
        interviewer.findElement(By.id("password")).sendKeys("correct horse");
        interviewer.findElement(By.id("sign-in")).click();
        find(interviewer, "#interviews-link", 20).click();
        find(interviewer, "#candidate-name", 20).sendKeys("Grace Hopper");
        WebElement minutes = interviewer.findElement(By.id("duration"));
        minutes.clear();
        minutes.sendKeys("5");
        interviewer.findElement(By.cssSelector("input[name=language][value=java]")).click();
        interviewer.findElement(By.cssSelector("input[name=problem][value='two-sum']")).click();
        interviewer.findElement(By.id("create-interview")).click();
        String invite = find(interviewer, "#invite-url", 20).getAttribute("value");
        assertThat(invite).contains("#/interview/");
        Browser.screenshot(interviewer, "interview-created");
        interviewer.findElement(By.id("open-session")).click();
        find(interviewer, "#live-events", 20);

        // the candidate, in a browser of their own, reads the intro and starts
        candidate = Browser.start(1280, 900);
        candidate.get(invite);
        WebElement start = find(candidate, "#start", 20);
        assertThat(candidate.findElement(By.cssSelector(".interview-intro")).getText()).contains("5 minutes").contains("Two Sum");
        Browser.screenshot(candidate, "interview-intro");
        start.click();
        WebElement editor = find(candidate, ".cm-content", 20);
        find(candidate, "#countdown", 5);

        // types a line, then pastes the rest
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        editor.sendKeys("# one pass with a dictionary" + Keys.ENTER);
        candidate.executeScript("""
                const data = new DataTransfer();
                data.setData('text/plain', arguments[0]);
                document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
                """, SOLUTION);
        String typed = (String) candidate.executeScript("return window.arbiterEditor.getValue()");
        assertThat(typed).startsWith("# one pass with a dictionary\n").contains("seen[x] = i");

        // the interviewer sees it live: the code and the paste
        waitUpTo(interviewer, 20).until(d -> d.findElement(By.cssSelector(".live-code[data-position='0']")).getText().contains("seen[x] = i"));
        find(interviewer, "#live-events li[data-type=PASTE]", 20);

        candidate.findElement(By.id("run")).click();
        WebElement verdict = find(candidate, ".verdict[data-verdict]", 120);
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("ACCEPTED");
        find(interviewer, "#live-events li[data-type=RUN] .pill.ok", 30);
        Browser.screenshot(candidate, "interview-candidate-running");
        Browser.screenshot(interviewer, "interview-live");

        // the time runs out: the clock moves to ten seconds before the deadline, the rest passes for real
        clock.advance(Duration.ofMinutes(5).minusSeconds(10));
        WebElement timeUp = waitUpTo(candidate, 40).until(ExpectedConditions.visibilityOfElementLocated(By.id("time-up")));
        assertThat(timeUp.getText()).contains("Time is up");
        assertThat(candidate.findElement(By.id("run")).isEnabled()).isFalse();
        waitUpTo(candidate, 40).until(d -> "true".equals(d.findElement(By.id("time-up")).getAttribute("data-completed")));
        // and stays so: the countdown, still past the deadline every quarter second, used to say again that the code was
        // being submitted, until the next look at the server
        assertThatThrownBy(() -> waitUpTo(candidate, 2).until(d -> !"true".equals(d.findElement(By.id("time-up")).getAttribute("data-completed"))))
                .isInstanceOf(org.openqa.selenium.TimeoutException.class);
        assertThat(candidate.findElement(By.id("time-up")).getText()).contains("The session is complete");
        Browser.screenshot(candidate, "interview-time-up");

        // the deadline job submitted the code; the interviewer watched the verdict arrive
        find(interviewer, "#live-events li[data-type=AUTO_SUBMIT] .pill.ok", 180);
        waitUpTo(interviewer, 20).until(d -> d.findElement(By.id("session-state")).getText().equals("completed"));
        // a completed session's link cannot be re-issued, so the button is gone
        waitUpTo(interviewer, 10).until(d -> !d.findElement(By.id("reissue")).isDisplayed());

        // the report
        interviewer.findElement(By.id("report-link")).click();
        WebElement finalVerdict = find(interviewer, ".final-verdict[data-verdict]", 20);
        assertThat(finalVerdict.getAttribute("data-verdict")).isEqualTo("ACCEPTED");
        String report = interviewer.findElement(By.id("report")).getText();
        assertThat(report).contains("Grace Hopper").contains("submitted at the deadline").contains("Runs · submits").contains("1 · 1")
                .contains("Pastes");
        Browser.screenshot(interviewer, "interview-report");

        // and plays the code back from the start at 16x
        interviewer.navigate().back();
        find(interviewer, "#load-playback", 20).click();
        WebElement code = find(interviewer, "#playback-code", 20);
        assertThat(interviewer.findElements(By.cssSelector(".marker[data-type=PASTE]"))).hasSize(1);
        assertThat(interviewer.findElements(By.cssSelector(".marker[data-type=RUN].ok"))).hasSize(1);
        assertThat(interviewer.findElements(By.cssSelector(".marker[data-type=AUTO_SUBMIT]"))).hasSize(1);
        assertThat(code.getText()).contains("seen[x] = i");
        interviewer.executeScript("const s = document.getElementById('scrub'); s.value = 0; s.dispatchEvent(new Event('input'));");
        assertThat(code.getText()).isEqualTo("(no code yet)");
        interviewer.findElement(By.cssSelector("#speed option[value='16']")).click();
        interviewer.findElement(By.id("play")).click();
        waitUpTo(interviewer, 60).until(d -> d.findElement(By.id("playback-code")).getText().contains("seen[x] = i"));
        Browser.screenshot(interviewer, "interview-playback");
    }
}
