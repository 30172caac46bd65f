package dev.arbiter.score;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Java reference built for one score is put back in the next one's sandbox: the same classes, the reference's alone. */
@QuarkusTest
class ReferenceBuildsTest {

    static final String SPEC = """
            {"mode":"signature","signature":{"method":"twoSum","params":[{"name":"nums","type":"int[]"},
             {"name":"target","type":"int"}],"returns":"int[]"}}""";

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxConfig config;

    @Test
    void aJavaReferenceBuiltInOneSandboxRunsFromItsRestoredClassesInAnother() throws Exception {
        Toolchain java = Toolchain.of(Language.JAVA);
        String source = Files.readString(Path.of("problems/two-sum/solutions/accepted/Solution.java"));
        byte[] build;
        String builtHash;
        try (SandboxContainer first = sandbox.start(java.image(config), 600)) {
            RunReport compiled = java.prepare(first.runner(), Workspace.REFERENCE, Mode.SIGNATURE, source, SPEC, 30_000);
            assertThat(compiled.exitCode()).as(compiled.stderr()).isZero();
            build = java.packBuild(first.runner(), Workspace.REFERENCE);
            builtHash = run(first, RunnerSession.User.REFERENCE, "sha256sum /ref/classes/Solution.class").stdout();
        }
        assertThat(build).isNotEmpty();

        try (SandboxContainer next = sandbox.start(java.image(config), 600)) {
            java.restore(next.runner(), Workspace.REFERENCE, Mode.SIGNATURE, source, SPEC, build);

            assertThat(run(next, RunnerSession.User.REFERENCE, "sha256sum /ref/classes/Solution.class").stdout()).isEqualTo(builtHash);
            assertThat(run(next, RunnerSession.User.REFERENCE, "ls /ref").stdout().split("\\s+"))
                    .as("the archive is gone once unpacked").containsExactlyInAnyOrder("classes", "spec.json", "src");
            RunReport answer = run(next, RunnerSession.User.REFERENCE, "printf '[2,7,11,15]\\n9\\n' | java -cp "
                    + "/ref/classes:/opt/arbiter/java/harness.jar arbiter.harness.Main /ref/spec.json 3>&1");
            assertThat(answer.stdout()).as(answer.stderr()).contains("[0,1]");
            // hostile: the candidate's user can neither read the restored reference nor put anything beside it
            assertThat(run(next, RunnerSession.User.CANDIDATE, "cat /ref/classes/Solution.class").exitCode()).isNotZero();
            assertThat(run(next, RunnerSession.User.CANDIDATE, "touch /ref/classes/Extra.class").exitCode()).isNotZero();
        }
    }

    private static RunReport run(SandboxContainer box, RunnerSession.User user, String script) {
        return box.runner().exec(List.of("sh", "-c", script), RunLimits.forCpu(20_000, 1 << 20), user, null);
    }

    @Test
    void aBuildIsKeptForTheSameReferenceSpecAndImageOnly() {
        ReferenceBuilds kept = new ReferenceBuilds();
        kept.keep(ReferenceBuilds.key(job("ref A", "{}"), "sha256:image1"), "classes".getBytes(StandardCharsets.UTF_8));

        assertThat(kept.get(ReferenceBuilds.key(job("ref A", "{}"), "sha256:image1"))).isPresent();
        assertThat(kept.get(ReferenceBuilds.key(job("ref B", "{}"), "sha256:image1"))).as("another reference").isEmpty();
        assertThat(kept.get(ReferenceBuilds.key(job("ref A", "{\"x\":1}"), "sha256:image1"))).as("another spec").isEmpty();
        assertThat(kept.get(ReferenceBuilds.key(job("ref A", "{}"), "sha256:image2"))).as("a rebuilt image").isEmpty();
    }

    private static PerfScorer.Job job(String reference, String spec) {
        return new PerfScorer.Job(Language.JAVA, "class Solution {}", reference, spec, 256, List.of(10L), "v1", "", null);
    }
}
