package dev.arbiter.interview;

import dev.arbiter.account.AdminService;
import dev.arbiter.interview.deadline.DeadlineJob;
import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.arbiter.interview.InterviewFixture.admin;
import static dev.arbiter.interview.InterviewFixture.as;
import static dev.arbiter.interview.InterviewFixture.create;
import static dev.arbiter.interview.InterviewFixture.judge;
import static dev.arbiter.interview.InterviewFixture.request;
import static dev.arbiter.interview.InterviewFixture.signUp;
import static dev.arbiter.interview.InterviewFixture.start;
import static dev.arbiter.interview.InterviewFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The report: results per problem, notes and scorecards for interviewers only, and the similarity check. */
@QuarkusTest
class ReportApiTest {

    static final String ORIGINAL = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    order = sorted(range(len(nums)), key=lambda k: nums[k])
                    lo, hi = 0, len(nums) - 1
                    while lo < hi:
                        total = nums[order[lo]] + nums[order[hi]]
                        if total == target:
                            return sorted([order[lo], order[hi]])
                        if total < target:
                            lo += 1
                        else:
                            hi -= 1
                    return []
            """;

    /** ORIGINAL with new names, a comment and other spacing. */
    static final String DISGUISED = """
            class Solution:
                def twoSum(self, values: List[int], goal: int) -> List[int]:
                    # sort the positions by value, then close in from both ends
                    idx = sorted(range(len(values)), key=lambda p: values[p])
                    left, right = 0, len(values)-1
                    while left < right:
                        s = values[idx[left]] + values[idx[right]]
                        if s == goal:
                            return sorted([idx[left], idx[right]])
                        if s < goal:
                            left += 1
                        else:
                            right -= 1
                    return []
            """;

    /** Positions grouped by value first, then a lookup pass: unlike every other program here. */
    static final String OWN_APPROACH = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    where = {}
                    for k, v in enumerate(nums):
                        where.setdefault(v, []).append(k)
                    for k, v in enumerate(nums):
                        for other in where.get(target - v, []):
                            if other != k:
                                return [k, other]
                    return []
            """;

    @Inject
    AdminService admins;
    @Inject
    MovableClock clock;
    @Inject
    DeadlineJob deadlines;

    String interviewer;

    @BeforeEach
    void signIn() {
        interviewer = InterviewFixture.interviewer(admin(admins));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void notesAndScorecardsAreForInterviewersOnlyAndChecked() {
        long id = create(interviewer, request(List.of("two-sum"), List.of("python"), 30)).getLong("id");
        as(interviewer).contentType(ContentType.JSON).body(Map.of("text", "Asked good clarifying questions"))
                .post("/api/interviews/" + id + "/notes").then().statusCode(201).body("at", org.hamcrest.Matchers.notNullValue());
        as(interviewer).contentType(ContentType.JSON).body(Map.of("text", " ")).post("/api/interviews/" + id + "/notes").then().statusCode(400);
        as(interviewer).contentType(ContentType.JSON).body(Map.of("text", "x")).post("/api/interviews/987654321/notes").then().statusCode(404);

        Map<String, Object> card = new java.util.HashMap<>(Map.of("problemSolving", 3, "codeQuality", 4, "communication", 2,
                "testing", 3, "recommendation", "HIRE"));
        as(interviewer).contentType(ContentType.JSON).body(card).put("/api/interviews/" + id + "/scorecard")
                .then().statusCode(200).body("recommendation", equalTo("HIRE"));
        card.put("testing", 4);
        card.put("comment", "tested edge cases unprompted");
        as(interviewer).contentType(ContentType.JSON).body(card).put("/api/interviews/" + id + "/scorecard").then().statusCode(200);
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("problemSolving", 5),
                Map.entry("codeQuality", 0), Map.entry("recommendation", "MAYBE"))) {
            Map<String, Object> body = new java.util.HashMap<>(card);
            body.put(bad.getKey(), bad.getValue());
            as(interviewer).contentType(ContentType.JSON).body(body).put("/api/interviews/" + id + "/scorecard").then().statusCode(400);
        }
        JsonPath report = as(interviewer).get("/api/interviews/" + id + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("notes.text")).containsExactly("Asked good clarifying questions");
        assertThat(report.getList("scorecards")).hasSize(1);
        assertThat(report.getInt("scorecards[0].testing")).isEqualTo(4);
        assertThat(report.getString("scorecards[0].comment")).isEqualTo("tested edge cases unprompted");

        String candidateAccount = signUp(unique("c"));
        as(candidateAccount).get("/api/interviews/" + id + "/notes").then().statusCode(403);
        as(candidateAccount).contentType(ContentType.JSON).body(card).put("/api/interviews/" + id + "/scorecard").then().statusCode(403);
        as(candidateAccount).contentType(ContentType.JSON).body(Map.of("text", "hi")).post("/api/interviews/" + id + "/notes").then().statusCode(403);
    }

    @Test
    void aDisguisedCopyOfAnotherSessionsCodeIsShownSideBySideAndIndependentWorkIsNot() {
        // an earlier candidate's submission, then one who copies it with new names, then one with an approach of their own
        JsonPath first = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        start(first.getString("token"));
        judge(first.getString("token"), 0, "python", ORIGINAL, "submit").then().statusCode(200);

        JsonPath copy = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        start(copy.getString("token"));
        String copied = judge(copy.getString("token"), 0, "python", DISGUISED, "submit").then().statusCode(200)
                .extract().path("submissionId");

        JsonPath own = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        start(own.getString("token"));
        judge(own.getString("token"), 0, "python", OWN_APPROACH, "submit").then().statusCode(200);

        Judging.awaitDone(copied, Duration.ofMinutes(3));
        JsonPath report = as(interviewer).get("/api/interviews/" + copy.getLong("id") + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("problems[0].finalSubmission.verdict")).isEqualTo("ACCEPTED");
        assertThat(report.getInt("problems[0].finalSubmission.testsPassed")).isEqualTo(report.getInt("problems[0].finalSubmission.testsTotal"));
        assertThat(report.getDouble("problems[0].similarity.closestScore")).isGreaterThan(0.8);
        assertThat(report.getLong("problems[0].similarity.match.interviewId")).isEqualTo(first.getLong("id"));
        assertThat(report.getString("problems[0].similarity.match.source")).isEqualTo(ORIGINAL);
        assertThat(report.getString("problems[0].finalSubmission.source")).isEqualTo(DISGUISED);
        assertThat(report.getList("problems[0].similarity.match.lines")).isNotEmpty();

        // an approach of one's own stays under the threshold against every other session and the shipped solutions
        JsonPath ownReport = as(interviewer).get("/api/interviews/" + own.getLong("id") + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(ownReport.getDouble("problems[0].similarity.closestScore")).isLessThan(ownReport.getDouble("problems[0].similarity.threshold"));
        assertThat(ownReport.getMap("problems[0].similarity.match")).isNull();
        assertThat(ownReport.getInt("problems[0].similarity.compared")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theReportCountsRunsSubmitsAndTimeOnEachProblem() {
        JsonPath created = create(interviewer, request(List.of("two-sum", "climbing-stairs"), List.of("python"), 30));
        String token = created.getString("token");
        long id = created.getLong("id");
        start(token);
        judge(token, 0, "python", ORIGINAL, "run").then().statusCode(200);
        judge(token, 0, "python", ORIGINAL, "run").then().statusCode(200);
        clock.advance(Duration.ofMinutes(10));
        InterviewFixture.event(token, Map.of("seq", 1, "type", "PROBLEM_OPENED", "problem", 1)).then().statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        judge(token, 1, "python", DeadlineApiTest.CLIMBING_STAIRS, "submit").then().statusCode(200);
        clock.advance(Duration.ofMinutes(16));
        deadlines.finalizeDue();
        InterviewFixture.awaitState(interviewer, id, "COMPLETED");

        JsonPath report = as(interviewer).get("/api/interviews/" + id + "/report").then().statusCode(200)
                .body("problems", hasSize(2)).body("state", equalTo("COMPLETED")).extract().jsonPath();
        assertThat(report.getInt("problems[0].runs")).isEqualTo(2);
        assertThat(report.getInt("problems[0].submits")).isEqualTo(1); // the run code was never submitted: auto-submitted
        assertThat(report.getString("problems[0].finalSubmission.kind")).isEqualTo("AUTO_SUBMIT");
        assertThat(report.getInt("problems[1].submits")).isEqualTo(1);
        assertThat(report.getLong("problems[0].secondsOnProblem")).isBetween(599L, 601L);
        assertThat(report.getLong("problems[1].secondsOnProblem")).isBetween(1199L, 1201L);
        assertThat(report.getString("problems[0].pinnedVersion")).isNotBlank();
        assertThat(report.getBoolean("problems[0].judgedAtOtherVersion")).isFalse();
        as(interviewer).get("/api/interviews/" + id + "/report").then().body("candidateName", containsString("Ada"));
    }
}
