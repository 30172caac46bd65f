package dev.arbiter.sources;

import dev.arbiter.account.AdminService;
import dev.arbiter.interview.InterviewFixture;
import dev.arbiter.support.GitFixture;
import dev.arbiter.support.PackageFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import dev.arbiter.ui.Browser;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's Git repository, made in the test as a bare repository on disk, through its life: first sync, a
 * submission, a change to the tests (new version, rejudge diff), a broken commit, the webhook, a slug clash, a
 * deleted package and a force-push; who may use the admin API; the admin pages in a browser. Shipped solutions are validated by the real sandbox at
 * each new version.
 */
@QuarkusTest
@TestProfile(GitSourceProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitSourceTest {

    static final String SLUG = "git-add-two";
    /** Right for small numbers only: accepted on the first version's tests, wrong on the second's. */
    static final String SMALL_ONLY = "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b if a < 1000 else 0\n";

    static GitFixture team;
    static GitFixture other;
    static String session;
    static String firstCommit;
    static String submission;
    static long firstVersion;
    static long secondVersion;

    @Inject
    GitSync sync;

    @Inject
    AdminService admins;

    @BeforeAll
    static void repositories() {
        team = GitFixture.create(GitSourceProfile.ROOT.resolve("team.git"));
        other = GitFixture.create(GitSourceProfile.ROOT.resolve("other.git"));
    }

    @AfterAll
    static void close() {
        team.close();
        other.close();
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + GitSourceProfile.ADMIN_TOKEN);
    }

    static JsonPath syncNow(String source) {
        return admin().post("/api/admin/sources/" + source + "/sync?wait=true").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void firstSyncPublishesThePackageAndItsSetOnceEvenWhenTwoNodesSyncAtOnce() throws Exception {
        PackageFixture.valid(team.work(), SLUG);
        team.write("sets/warm-up.yaml", "title: Warm-up\ndescription: Two easy ones\nproblems:\n  - " + SLUG
                + "\n  - {slug: two-sum, minutes: 20}\n");
        firstCommit = team.commitAndPush("Add two numbers");

        // two nodes at once: one syncs, the other finds the source busy (or already synced), never both
        CompletableFuture<GitSync.Outcome> a = CompletableFuture.supplyAsync(() -> sync.sync("team"));
        CompletableFuture<GitSync.Outcome> b = CompletableFuture.supplyAsync(() -> sync.sync("team"));
        List<GitSync.Outcome> outcomes = List.of(a.get(), b.get());
        assertThat(outcomes).extracting(GitSync.Outcome::state).containsOnlyOnce(GitSync.State.SYNCED);
        assertThat(outcomes).filteredOn(o -> o.state() == GitSync.State.SYNCED).singleElement()
                .satisfies(o -> assertThat(o.published()).containsExactly(SLUG));
        JsonPath source = admin().get("/api/admin/sources/team").then().statusCode(200).extract().jsonPath();
        assertThat(source.getString("lastCommit")).isEqualTo(firstCommit);
        assertThat(source.getList("syncs.to", String.class)).containsOnlyOnce(firstCommit);

        JsonPath problem = given().get("/api/problems/" + SLUG).then().statusCode(200).extract().jsonPath();
        assertThat(problem.getString("versionInfo.commit")).isEqualTo(firstCommit);
        assertThat(problem.getString("versionInfo.author")).isEqualTo("Ada Author <ada@example.org>");
        assertThat(problem.getString("versionInfo.source")).isEqualTo("team");
        firstVersion = problem.getLong("versionInfo.id");

        given().get("/api/sets").then().statusCode(200);
        JsonPath set = given().get("/api/sets/warm-up").then().statusCode(200).extract().jsonPath();
        assertThat(set.getString("title")).isEqualTo("Warm-up");
        assertThat(set.getList("items.slug", String.class)).containsExactly(SLUG, "two-sum");
        assertThat(set.getList("items.minutes", Integer.class)).containsExactly(null, 20);
        assertThat(given().get("/api/problems?set=warm-up").then().statusCode(200).extract().jsonPath()
                .getList("items.slug", String.class)).containsExactlyInAnyOrder(SLUG, "two-sum");
    }

    @Test
    @Order(2)
    void aSubmissionIsJudgedOnTheSyncedVersion() {
        session = given().contentType(ContentType.JSON).body(Map.of("username", "git" + UUID.randomUUID().toString().substring(0, 8),
                "password", "correct horse")).post("/api/auth/signup").then().statusCode(201).extract().cookie("arbiter_session");
        submission = given().contentType(ContentType.JSON).cookie("arbiter_session", session)
                .body(Map.of("problem", SLUG, "language", "python", "source", SMALL_ONLY, "kind", "submit"))
                .post("/api/submissions").then().statusCode(201).extract().path("id");
        JsonPath done = await(() -> given().cookie("arbiter_session", session).get("/api/submissions/" + submission)
                .then().statusCode(200).extract().jsonPath(), v -> "DONE".equals(v.getString("state")));
        assertThat(done.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(done.getLong("problemVersionId")).isEqualTo(firstVersion);
    }

    @Test
    @Order(3)
    void aChangeToTheTestsIsANewVersionAndOldVerdictsStayWhileTheRejudgeDiffIsReported() {
        team.write(SLUG + "/tests/secret/02.in", "5000\n1\n").write(SLUG + "/tests/secret/02.ans", "5001\n");
        String commit = team.commitAndPush("A large test");
        assertThat(syncNow("team").getList("published", String.class)).containsExactly(SLUG);

        JsonPath problem = given().get("/api/problems/" + SLUG).then().statusCode(200).extract().jsonPath();
        secondVersion = problem.getLong("versionInfo.id");
        assertThat(secondVersion).isNotEqualTo(firstVersion);
        assertThat(problem.getString("versionInfo.commit")).isEqualTo(commit);
        assertThat(given().get("/api/problems/" + SLUG + "/versions").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).containsExactly(secondVersion, firstVersion);

        JsonPath old = given().cookie("arbiter_session", session).get("/api/submissions/" + submission).then().statusCode(200)
                .extract().jsonPath();
        assertThat(old.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(old.getLong("problemVersionId")).isEqualTo(firstVersion);
        JsonPath history = given().cookie("arbiter_session", session).get("/api/problems/" + SLUG + "/submissions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getBoolean("[0].problemChangedSince")).isTrue();

        JsonPath page = await(() -> admin().get("/api/admin/versions/" + secondVersion).then().statusCode(200).extract().jsonPath(),
                p -> p.getInt("rejudges[0].pending") == 0);
        assertThat(page.getInt("rejudges[0].eligible")).isEqualTo(1);
        assertThat(page.getList("rejudges[0].moves.'ACCEPTED -> WRONG_ANSWER'", String.class)).containsExactly(submission);
        // the rejudge is a record of its own: the stored verdict is untouched
        assertThat(given().cookie("arbiter_session", session).get("/api/submissions/" + submission).then()
                .extract().jsonPath().getString("verdict")).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(4)
    void aBrokenCommitKeepsTheLastGoodVersionAndIsReportedWithFileAndLine() {
        team.write(SLUG + "/problem.yaml", PackageFixture.YAML.replace("difficulty: easy", "difficulty: impossible"));
        String broken = team.commitAndPush("Oops");
        assertThat(syncNow("team").getMap("refused")).containsOnlyKeys(SLUG);

        assertThat(given().get("/api/problems/" + SLUG).then().statusCode(200).extract().jsonPath()
                .getLong("versionInfo.id")).isEqualTo(secondVersion);
        JsonPath source = admin().get("/api/admin/sources/team").then().statusCode(200).extract().jsonPath();
        assertThat(source.getString("syncs[0].state")).isEqualTo("FAILED");
        assertThat(source.getString("syncs[0].failures[0].commit")).isEqualTo(broken);
        assertThat(source.getString("syncs[0].failures[0].file")).isEqualTo("problem.yaml");
        assertThat(source.getInt("syncs[0].failures[0].line")).isEqualTo(2);
        assertThat(source.getString("syncs[0].failures[0].reason")).contains("difficulty must be one of");
    }

    @Test
    @Order(5)
    void theWebhookSyncsWithAGoodSignatureAndABadOneIs401() {
        team.write(SLUG + "/problem.yaml", PackageFixture.YAML);
        String fixed = team.commitAndPush("Fix the difficulty");
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes();

        given().body(body).header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                .post("/api/sources/team/hook").then().statusCode(401);
        given().body(body).post("/api/sources/team/hook").then().statusCode(401);
        given().body(body).header("X-Gitlab-Token", "not-the-secret").post("/api/sources/team/hook").then().statusCode(401);
        assertThat(admin().get("/api/admin/sources/team").then().extract().jsonPath().getString("lastCommit")).isNotEqualTo(fixed);

        given().body(body).header("X-Hub-Signature-256", "sha256=" + WebhookSignature.hmac(GitSourceProfile.SECRET, body))
                .post("/api/sources/team/hook").then().statusCode(202);
        await(() -> admin().get("/api/admin/sources/team").then().extract().jsonPath(),
                s -> fixed.equals(s.getString("lastCommit")));
        // the fix restores the second version's content: served again as that same version
        assertThat(given().get("/api/problems/" + SLUG).then().extract().jsonPath().getLong("versionInfo.id")).isEqualTo(secondVersion);
    }

    @Test
    @Order(6)
    void aSlugOfAnotherSourceIsRefused() {
        PackageFixture.valid(other.work().resolve("problems"), SLUG);
        other.commitAndPush("Same slug elsewhere");
        JsonPath outcome = syncNow("other");
        assertThat(outcome.getList("published", String.class)).isEmpty();
        assertThat(outcome.getString("refused.'" + SLUG + "'[0].reason")).contains("belongs to the source 'team'");
    }

    @Test
    @Order(7)
    void aDeletedPackageIsHiddenAndItsSubmissionsKept() {
        team.delete(SLUG);
        team.commitAndPush("Retire it");
        assertThat(syncNow("team").getList("hidden", String.class)).containsExactly(SLUG);

        given().get("/api/problems/" + SLUG).then().statusCode(404);
        assertThat(given().get("/api/problems").then().extract().jsonPath().getList("items.slug", String.class)).doesNotContain(SLUG);
        assertThat(given().cookie("arbiter_session", session).get("/api/submissions/" + submission).then().statusCode(200)
                .extract().jsonPath().getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(given().get("/api/sets/warm-up").then().extract().jsonPath().getList("items.available", Boolean.class))
                .containsExactly(false, true);
    }

    @Test
    @Order(8)
    void aForcePushIsSyncedFromWhatTheBranchNowHolds() {
        String rewritten = team.forcePushNewRoot("Start over", repo -> {
            PackageFixture.valid(repo.work(), SLUG).write("tests/secret/02.in", "5000\n1\n").write("tests/secret/02.ans", "5001\n");
        });
        JsonPath outcome = syncNow("team");
        assertThat(outcome.getString("commit")).isEqualTo(rewritten);
        assertThat(outcome.getList("published", String.class)).containsExactly(SLUG);
        assertThat(given().get("/api/problems/" + SLUG).then().statusCode(200).extract().jsonPath()
                .getLong("versionInfo.id")).isEqualTo(secondVersion);
        assertThat(given().get("/api/sets").then().extract().jsonPath().getList("name", String.class)).doesNotContain("warm-up");
    }

    @Test
    @Order(9)
    void theAdminApiTakesASignedInAdminOrTheAdminToken() {
        given().get("/api/admin/sources").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").post("/api/admin/sources/team/sync").then().statusCode(401);
        assertThat(admin().get("/api/admin/sources").then().statusCode(200).extract().jsonPath().getList("name", String.class))
                .containsExactly("local", "other", "team");

        // the web app's admin pages: a signed-in admin needs no token; other roles are refused
        String adminCookie = InterviewFixture.admin(admins);
        assertThat(InterviewFixture.as(adminCookie).get("/api/admin/sources").then().statusCode(200).extract().jsonPath()
                .getList("name", String.class)).containsExactly("local", "other", "team");
        InterviewFixture.as(adminCookie).get("/api/admin/versions/" + secondVersion).then().statusCode(200);
        InterviewFixture.as(session).get("/api/admin/sources").then().statusCode(403);
        InterviewFixture.as(InterviewFixture.interviewer(adminCookie)).get("/api/admin/sources").then().statusCode(403);
        // a token is judged alone: a wrong one is refused even with an admin's session
        InterviewFixture.as(adminCookie).header("Authorization", "Bearer wrong").get("/api/admin/sources").then().statusCode(401);
    }

    @Test
    @Order(11)
    void aGeneratorWhoseScoredSeedsIgnoreTheSizeIsRefusedAsValidateRefusesIt() {
        // seed 2 prints the same small input at every SIZE: a third of each score's counted inputs would stay flat
        PackageFixture.valid(other.work().resolve("problems"), "flat-generator")
                .write("problem.yaml", PackageFixture.YAML + "perf:\n  sizes: [10, 20, 40, 80, 160, 320, 640, 1280]\n  complexity: O(1)\n")
                .write("generator.py", "import sys\nn, seed = int(sys.argv[1]), int(sys.argv[2])\n"
                        + "print(5 if seed == 2 else n)\nprint(seed)\n");
        other.commitAndPush("A generator that forgets SIZE");

        JsonPath outcome = syncNow("other");

        assertThat(outcome.getList("published", String.class)).doesNotContain("flat-generator");
        assertThat(outcome.getString("refused.'flat-generator'[0].file")).isEqualTo("generator.py");
        assertThat(outcome.getString("refused.'flat-generator'[0].reason"))
                .startsWith("generator.py ignores size: seed 2 gives").contains("at SIZE 10", "at SIZE 1280");
        given().get("/api/problems/flat-generator").then().statusCode(404);
    }

    @Test
    @Order(12)
    void aReferenceThatDoesNotGrowAsDeclaredIsRefusedAsValidateRefusesIt() {
        // the generator grows with SIZE, but the reference (a + b) does the same work at every SIZE: not O(n)
        PackageFixture.valid(other.work().resolve("problems"), "wrong-growth")
                .write("problem.yaml", PackageFixture.YAML + "perf:\n  sizes: [10, 20, 40, 80, 160, 320, 640, 1280]\n  complexity: O(n)\n")
                // (sums over 127, outside Integer's cache: a boxed answer then costs the same bytecodes at every SIZE)
                .write("generator.py", "import sys\nn, seed = int(sys.argv[1]), int(sys.argv[2])\nprint(1000000 * n)\nprint(seed)\n");
        other.commitAndPush("A reference that is faster than its problem says");

        JsonPath outcome = syncNow("other");

        assertThat(outcome.getList("published", String.class)).doesNotContain("wrong-growth");
        assertThat(outcome.getList("refused.'wrong-growth'.file", String.class)).containsOnly("problem.yaml");
        assertThat(outcome.getList("refused.'wrong-growth'.reason", String.class))
                .anySatisfy(r -> assertThat(r).startsWith("reference growth [java]: counted O(1) (log factor").contains("declared O(n)"))
                .anySatisfy(r -> assertThat(r).startsWith("reference growth [python]: counted O(1) (log factor").contains("declared O(n)"));
        given().get("/api/problems/wrong-growth").then().statusCode(404);
    }

    @Test
    @Order(13)
    void aCommittedLinkIsRefusedByNameAndNeverFollowed() throws Exception {
        // a hostile package: its secret input is a link to a file of the server's machine, which a judge would serve
        PackageFixture.valid(other.work().resolve("problems"), "linked-input");
        Path input = other.work().resolve("problems/linked-input/tests/secret/01.in");
        Files.delete(input);
        Files.createSymbolicLink(input, Path.of("/etc/passwd"));
        other.commitAndPush("A secret input that points at the server's files");

        JsonPath outcome = syncNow("other");

        assertThat(outcome.getList("published", String.class)).doesNotContain("linked-input");
        assertThat(outcome.getString("refused.'linked-input'[0].file")).isEqualTo("tests/secret/01.in");
        assertThat(outcome.getString("refused.'linked-input'[0].reason")).startsWith("a symbolic link: ")
                .contains("never through a link");
        given().get("/api/problems/linked-input").then().statusCode(404);
    }

    /**
     * The admin's pages and a set's page in Chromium, on the state the tests above built: the token form, the source's
     * syncs with the broken commit's file:line, "Sync now", the version page's rejudge diff, a set with its problems.
     */
    @Test
    @Order(10)
    void theAdminPagesAndASetPageShowTheSyncedStateInABrowser() {
        ChromeDriver driver = Browser.start(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(RestAssured.baseURI + ":" + RestAssured.port + "/#/admin/sources");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[aria-label='Admin token']")))
                    .sendKeys(GitSourceProfile.ADMIN_TOKEN);
            driver.findElement(By.cssSelector("section.admin form button")).click();

            WebElement teamSource = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article[data-source=team]")));
            assertThat(teamSource.getText()).contains("git file:", "team.git", "webhook on");
            assertThat(teamSource.findElements(By.cssSelector("table.failures .pill")).stream().map(WebElement::getText))
                    .contains("DONE", "FAILED");
            assertThat(teamSource.findElements(By.cssSelector("table.failures li")).stream().map(WebElement::getText))
                    .anySatisfy(failure -> assertThat(failure).startsWith(SLUG + "/problem.yaml:2: ").contains("difficulty must be one of"));
            assertThat(driver.findElement(By.cssSelector("article[data-source=local]")).getText()).contains("local");
            Browser.screenshot(driver, "admin-sources");

            teamSource.findElement(By.tagName("button")).click();
            wait.until(ExpectedConditions.stalenessOf(teamSource));
            assertThat(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("article[data-source=team] button"))).getText())
                    .isEqualTo("Sync now");

            driver.get(RestAssured.baseURI + ":" + RestAssured.port + "/#/admin/versions/" + secondVersion);
            WebElement move = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("article.rejudge tr[data-move='ACCEPTED -> WRONG_ANSWER']")));
            assertThat(move.getText()).contains("1", submission.substring(0, 8));
            assertThat(driver.findElement(By.cssSelector("section.admin h1")).getText()).startsWith(SLUG + " · version");
            Browser.screenshot(driver, "admin-version");

            driver.get(RestAssured.baseURI + ":" + RestAssured.port + "/#/sets/interview-warm-up");
            WebElement set = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.set[data-set=interview-warm-up]")));
            assertThat(set.findElement(By.tagName("h1")).getText()).isEqualTo("Interview warm-up");
            assertThat(set.findElements(By.cssSelector("tbody tr")).stream().map(row -> row.getAttribute("data-slug")))
                    .containsExactly("two-sum", "valid-parentheses", "merge-intervals", "lru-cache", "course-schedule");
            assertThat(set.findElement(By.cssSelector("p.progress")).getText()).isEqualTo("0 of 5 solved");
            set.findElement(By.linkText("Two Sum")).click();
            wait.until(ExpectedConditions.urlContains("#/problems/two-sum"));
        } finally {
            driver.quit();
        }
    }

    static JsonPath await(java.util.function.Supplier<JsonPath> read, Predicate<JsonPath> done) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonPath now = read.get();
            if (done.test(now)) return now;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within 3 minutes");
    }
}
