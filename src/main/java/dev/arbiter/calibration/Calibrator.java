package dev.arbiter.calibration;

import dev.arbiter.lang.Language;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemSolution;
import dev.arbiter.problem.SolutionKind;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Calibrates one problem version in one language on the current judge image: judges its own solutions (is the
 * time limit at least twice the slowest accepted one, do known-slow ones exceed 1.5 times it?) and benchmarks
 * its reference on the scaling inputs. The result is stored per version and image, and shown with the problem.
 */
@ApplicationScoped
public class Calibrator {

    private static final Logger LOG = Logger.getLogger(Calibrator.class);
    static final Duration JUDGING_TIMEOUT = Duration.ofMinutes(30);

    /** What is read of the problem before any judging starts. */
    record Target(long problemId, String slug, String version, int declaredLimitMs, int memoryMb, String specJson,
                  List<Long> sizes, String generatorSource, String declaredComplexity, ProblemSolution reference) {
    }

    private final ShippedSolutions shipped;
    private final ReferenceBenchmark benchmark;
    private final CalibrationStore store;
    private final Sandbox sandbox;
    private final SandboxConfig sandboxConfig;

    public Calibrator(ShippedSolutions shipped, ReferenceBenchmark benchmark, CalibrationStore store, Sandbox sandbox,
                      SandboxConfig sandboxConfig) {
        this.shipped = shipped;
        this.benchmark = benchmark;
        this.store = store;
        this.sandbox = sandbox;
        this.sandboxConfig = sandboxConfig;
    }

    /** The judge image's id: a rebuilt image (new runtime, new harness) needs new figures. */
    public String imageId(Language language) {
        return sandbox.imageId(language == Language.JAVA ? sandboxConfig.javaImage() : sandboxConfig.pythonImage());
    }

    /** Calibrates unless another node already does; returns the calibration's id when this call made it. */
    public Optional<Long> calibrate(String slug, Language language) {
        Target t = QuarkusTransaction.requiringNew().call(() -> target(slug, language));
        Optional<Long> claimed = store.claim(t.problemId(), t.version(), language, imageId(language), t.declaredLimitMs());
        if (claimed.isEmpty()) return Optional.empty();
        long id = claimed.get();
        try {
            LimitCheck check = LimitCheck.of(t.declaredLimitMs(), shipped.judge(List.of(slug), language, JUDGING_TIMEOUT));
            String reference = null;
            if (!t.sizes().isEmpty() && t.reference() != null && t.generatorSource() != null && t.specJson() != null) {
                reference = benchmark.run(new ReferenceBenchmark.Job(language, t.reference().name, t.reference().source,
                        t.specJson(), t.memoryMb(), t.sizes(), t.version(), t.generatorSource(), t.declaredComplexity()));
            }
            store.done(id, check, reference);
            LOG.infof("Calibrated %s [%s]: %s", slug, language.id(), check.summary());
        } catch (RuntimeException e) {
            LOG.warnf("Calibrating %s [%s] failed: %s", slug, language.id(), e.getMessage());
            store.failed(id, e.getMessage());
        }
        return claimed;
    }

    private static Target target(String slug, Language language) {
        Problem p = Problem.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("no problem " + slug));
        ProblemSolution reference = ProblemSolution.forProblem(p).stream()
                .filter(s -> s.kind == SolutionKind.ACCEPTED && s.language == language).findFirst().orElse(null);
        boolean callable = p.mode.usesHarness(); // signature and design references can be benchmarked
        return new Target(p.id, p.slug, p.version, p.timeLimitMs(language), p.memoryMb, callable ? p.specJson : null,
                callable ? p.perfSizeList().stream().map(Integer::longValue).toList() : List.of(), p.generatorSource,
                p.perfComplexity, reference);
    }
}
