package dev.arbiter.cli;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a package's generator.py twice with the same arguments, in the Python sandbox, and compares the output. */
@ApplicationScoped
public class GeneratorCheck {

    public enum Result { ABSENT, DETERMINISTIC, NOT_DETERMINISTIC, FAILED }

    private final Sandbox sandbox;
    private final SandboxConfig config;

    public GeneratorCheck(Sandbox sandbox, SandboxConfig config) {
        this.sandbox = sandbox;
        this.config = config;
    }

    public Result check(Path packageDir) {
        Path generator = packageDir.resolve("generator.py");
        if (!Files.isRegularFile(generator)) return Result.ABSENT;
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 512)) {
            box.upload(Map.of("gen/generator.py", Files.readAllBytes(generator)));
            List<String> command = List.of("python3", "/work/gen/generator.py", "1000", "7");
            RunLimits limits = RunLimits.forCpu(10_000, config.outputBytes());
            RunReport first = box.run(command, limits, null);
            RunReport second = box.run(command, limits, null);
            if (!first.exitedCleanly() || !second.exitedCleanly()) return Result.FAILED;
            return first.stdout().equals(second.stdout()) ? Result.DETERMINISTIC : Result.NOT_DETERMINISTIC;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
