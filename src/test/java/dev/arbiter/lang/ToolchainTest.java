package dev.arbiter.lang;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ToolchainTest {

    @Test
    void javaImplicitImportsKeepTheCandidatesLineNumbers() {
        String source = "class Solution {\n  int f() { return 1; }\n}\n";
        var files = Toolchain.of(Language.JAVA).sourceFiles(Workspace.SUBMISSION, Mode.SIGNATURE, source);

        String written = new String(files.get("/work/sub/src/Solution.java"), StandardCharsets.UTF_8);
        assertThat(written).startsWith("import java.util.*;").endsWith(source);
        assertThat(written.lines().count()).isEqualTo(source.lines().count());
    }

    @Test
    void javaFileIsNamedAfterThePublicClass() {
        var files = Toolchain.of(Language.JAVA).sourceFiles(Workspace.SUBMISSION, Mode.STDIO, "import java.io.*;\npublic class Program { }");
        assertThat(files).containsOnlyKeys("/work/sub/src/Program.java");
        assertThat(JavaToolchain.unsupported("package a.b;\nclass Solution {}")).isPresent();
        assertThat(JavaToolchain.unsupported("class Solution { String s = \"package x;\"; }")).isEmpty();
    }

    @Test
    void aStdioProgramsClassIsTheOneHoldingMainWhenNoneIsPublic() {
        String source = "import java.util.*;\nclass Helper { static class Node {} }\nclass Solve {\n  static class Inner {}\n"
                + "  public static void main(String[] args) { }\n}\n";
        assertThat(Toolchain.of(Language.JAVA).sourceFiles(Workspace.SUBMISSION, Mode.STDIO, source))
                .containsOnlyKeys("/work/sub/src/Solve.java");
        assertThat(JavaToolchain.mainClass("class A { }")).isEqualTo("Main");
    }

    @Test
    void timedJavaServersPreTouchTheirHeapAndSeedTheirRandomNumbersAndCountingOnesDoNot() {
        Toolchain toolchain = Toolchain.of(Language.JAVA);
        var inputs = java.util.List.of("/work/in/0.txt");
        String seeds = "-javaagent:/opt/arbiter/java/count.jar=seeds:/opt/arbiter/java/preseeded.bin";

        // judge-images/tests/test_java_serve.py runs Serve with these flags and checks the draws of timed calls
        assertThat(toolchain.serveCommand(Workspace.SUBMISSION, 256, inputs)).contains("-XX:+AlwaysPreTouch",
                "-XX:+UseTransparentHugePages", "-XX:ActiveProcessorCount=1", "-Xms256m", seeds);
        assertThat(toolchain.growthCommand(Workspace.SUBMISSION, 256, inputs).orElseThrow()).contains("-Xint", seeds);
        assertThat(toolchain.countCommand(Workspace.SUBMISSION, 256, inputs)).doesNotContain("-XX:+AlwaysPreTouch")
                .contains("-javaagent:/opt/arbiter/java/count.jar=/opt/arbiter/java/precounted.bin");
    }

    @Test
    void starterCodeFollowsTheSignatureInBothLanguages() throws Exception {
        var spec = new ObjectMapper().readTree("""
                {"mode":"signature","signature":{"method":"levelOrder","params":[{"name":"root","type":"TreeNode"}],
                 "returns":"List<List<Integer>>"}}""");

        assertThat(StarterCode.of(Language.JAVA, spec)).contains("public List<List<Integer>> levelOrder(TreeNode root) {");
        assertThat(StarterCode.of(Language.PYTHON, spec))
                .contains("def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:");
    }
}
