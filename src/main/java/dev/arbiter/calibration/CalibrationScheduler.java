package dev.arbiter.calibration;

import dev.arbiter.common.RoleConfig;
import dev.arbiter.judge.JudgeWorkers;
import dev.arbiter.lang.Language;
import dev.arbiter.measure.ScoresInProgress;

import dev.arbiter.problem.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Calibrates, one at a time and only while this node neither judges nor scores (no user's submission waits or is
 * judged, no score waits or is measured), every problem version and language that has no calibration on the current
 * judge images yet (judge nodes only). A calibration judges and benchmarks on the machine's cores, so a score measured
 * beside it shares them: with the whole catalog calibrating beside ten rescorings of five solutions, 22 of 50 scores
 * ended within 15 s, and their spread went from 3.6 % to 9.1 % (docs/BENCHMARKS.md, runs 44 and 45).
 */
@ApplicationScoped
public class CalibrationScheduler {

    private final CalibrationConfig config;
    private final RoleConfig role;
    private final Calibrator calibrator;
    private final JudgeWorkers judging;
    private final ScoresInProgress scores;

    public CalibrationScheduler(CalibrationConfig config, RoleConfig role, Calibrator calibrator,
                                JudgeWorkers judging, ScoresInProgress scores) {
        this.config = config;
        this.role = role;
        this.calibrator = calibrator;
        this.judging = judging;
        this.scores = scores;
    }

    @Scheduled(every = "20s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void calibrateNext() {
        if (!config.enabled() || !role.judges() || othersMeasure()) return;
        for (Language language : Language.values()) {
            String image;
            try {
                image = calibrator.imageId(language);
            } catch (RuntimeException e) {
                return; // no engine or no image: nothing to calibrate on
            }
            Optional<String> next = QuarkusTransaction.requiringNew().call(() -> uncalibrated(language, image));
            if (next.isPresent()) {
                calibrator.calibrate(next.get(), language);
                return;
            }
        }
    }

    /** Would a calibration started now share this node with a user's verdict or score? */
    private boolean othersMeasure() {
        return judging.verdictsPending() || scores.any();
    }

    /** The first problem (catalog order) whose current version has no calibration row on this image. */
    private static Optional<String> uncalibrated(Language language, String imageId) {
        @SuppressWarnings("unchecked")
        List<String> slugs = Problem.getEntityManager().createNativeQuery("""
                        select p.slug from problem p
                         where not exists (select 1 from calibration c
                                            where c.problem_id = p.id and c.problem_version = p.version
                                              and c.language = :language and c.image_id = :image
                                              and (c.state = 'DONE' or c.created_at > now() - interval '1 hour'))
                         order by p.id limit 1""")
                .setParameter("language", language.id()).setParameter("image", imageId).getResultList();
        return slugs.stream().findFirst();
    }
}
