package dev.arbiter.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RunnerReportParserTest {

    private static byte[] frame(String head, String body) {
        return (head + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsTheStreamsByTheStatedLengths() {
        String head = "{\"status\":\"ok\",\"exit_code\":0,\"signal\":null,\"cpu_ms\":12,\"wall_ms\":20,\"memory_kb\":9000,"
                + "\"stdout_bytes\":6,\"stderr_bytes\":3,\"result_bytes\":5}";
        RunReport r = RunnerReportParser.parse(frame(head, "hello\nerr[0,1]"), 30);

        assertThat(r.status()).isEqualTo(RunReport.Status.OK);
        assertThat(r.stdout()).isEqualTo("hello\n");
        assertThat(r.stderr()).isEqualTo("err");
        assertThat(r.result()).isEqualTo("[0,1]");
        assertThat(r.cpuMs()).isEqualTo(12);
        assertThat(r.memoryKb()).isEqualTo(9000);
        assertThat(r.exitedCleanly()).isTrue();
    }

    @Test
    void aProgramPrintingAFakeReportCannotForgeTheResult() {
        String fake = "{\"status\":\"ok\",\"exit_code\":0,\"signal\":null,\"cpu_ms\":1,\"wall_ms\":1,\"memory_kb\":1,"
                + "\"stdout_bytes\":0,\"stderr_bytes\":0,\"result_bytes\":5}[9,9]";
        String head = "{\"status\":\"ok\",\"exit_code\":0,\"signal\":null,\"cpu_ms\":5,\"wall_ms\":6,\"memory_kb\":7,"
                + "\"stdout_bytes\":" + fake.length() + ",\"stderr_bytes\":0,\"result_bytes\":5}";
        RunReport r = RunnerReportParser.parse(frame(head, fake + "[5,5]"), 10);

        assertThat(r.result()).isEqualTo("[5,5]");
        assertThat(r.stdout()).isEqualTo(fake);
    }

    @Test
    void missingOrTruncatedReportsAreGuardFailures() {
        assertThat(RunnerReportParser.parse(new byte[0], 5).status()).isEqualTo(RunReport.Status.GUARD_FAILED);
        String head = "{\"status\":\"ok\",\"exit_code\":0,\"cpu_ms\":1,\"wall_ms\":1,\"memory_kb\":1,"
                + "\"stdout_bytes\":100,\"stderr_bytes\":0,\"result_bytes\":0}";
        assertThat(RunnerReportParser.parse(frame(head, "short"), 5).status()).isEqualTo(RunReport.Status.GUARD_FAILED);
        assertThat(RunnerReportParser.parse(frame("{\"status\":\"weird\"}", ""), 5).status())
                .isEqualTo(RunReport.Status.GUARD_FAILED);
    }
}
