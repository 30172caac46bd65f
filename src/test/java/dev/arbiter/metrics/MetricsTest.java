package dev.arbiter.metrics;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus at /q/metrics: the judge's, the sandbox's, the queues' and the database pool's figures. */
@QuarkusTest
class MetricsTest {

    @Test
    void aJudgedSubmissionShowsUpInTheMetrics() throws Exception {
        String source = Files.readString(Path.of("problems/climbing-stairs/solutions/accepted/solution.py"));
        assertThat(Judging.judge("climbing-stairs", "python", source).getString("verdict")).isEqualTo("ACCEPTED");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern("arbiter_judge_verdicts_total\\{language=\"python\",verdict=\"ACCEPTED\"} [1-9]")
                .containsPattern("arbiter_judge_verdict_latency_seconds_bucket\\{language=\"python\",le=")
                .containsPattern("arbiter_judge_test_run_seconds_count\\{language=\"python\"} [1-9]")
                .containsPattern("arbiter_sandbox_start_seconds_count [1-9]")
                .contains("arbiter_sandbox_warm_pool_size ")
                .contains("arbiter_judge_queue_depth ")
                .contains("arbiter_score_queue_depth ")
                .contains("arbiter_submission_streams ")
                .contains("agroal_active_count")
                .contains("agroal_awaiting_count");
    }
}
