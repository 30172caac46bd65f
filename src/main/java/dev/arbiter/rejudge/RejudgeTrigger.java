package dev.arbiter.rejudge;

import dev.arbiter.problem.VersionPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/** Starts a rejudge after a new version's publication has committed (the catalog fires the event, upward). */
@ApplicationScoped
public class RejudgeTrigger {

    private static final Logger LOG = Logger.getLogger(RejudgeTrigger.class);

    private final RejudgeService rejudges;

    public RejudgeTrigger(RejudgeService rejudges) {
        this.rejudges = rejudges;
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        try {
            rejudges.start(event);
        } catch (RuntimeException e) {
            // a rejudge is a report; failing to start one must not disturb publishing
            LOG.errorf(e, "Could not start the rejudge of %s", event.slug());
        }
    }
}
