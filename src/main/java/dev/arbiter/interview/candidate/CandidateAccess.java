package dev.arbiter.interview.candidate;

import dev.arbiter.common.ApiException;
import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewConfig;
import dev.arbiter.interview.InterviewState;
import dev.arbiter.interview.Invite;
import dev.arbiter.interview.InviteTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * From an invite token to its session: looked up by the token's hash (an index probe, the same work for every
 * guess), unknown 404 and counted against the address, revoked or expired 410. Grants that one session only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidateAccess {

    private final TokenThrottle throttle;
    private final InterviewClock clock;
    private final InterviewConfig config;

    public CandidateAccess(TokenThrottle throttle, InterviewClock clock, InterviewConfig config) {
        this.throttle = throttle;
        this.clock = clock;
        this.config = config;
    }

    /** The session the token opens; {@code lock} takes its row lock for a write. */
    public Interview open(String token, String address, boolean lock) {
        throttle.check(address);
        Invite invite = token == null || token.isBlank() ? null : Invite.byHash(InviteTokens.hash(token.trim())).orElse(null);
        if (invite == null) {
            throttle.failed(address);
            throw ApiException.notFound("No interview has this link; check that it was copied whole");
        }
        if (invite.revoked()) {
            throw new ApiException(410, "This invite link was revoked; ask your interviewer for a new one");
        }
        Interview interview = (lock ? Interview.lock(invite.interviewId) : Interview.byId(invite.interviewId)).orElseThrow();
        if (interview.expired(clock.now())) {
            throw new ApiException(410, "This invite link expired at " + interview.closesAt + "; ask your interviewer for a new one");
        }
        return interview;
    }

    /** Refuses work outside the running session: before Start, and after the deadline plus grace (409). */
    public Instant requireRunning(Interview interview) {
        Instant now = clock.now();
        if (interview.state == InterviewState.SCHEDULED) {
            throw new ApiException(409, "The session has not started; press Start first");
        }
        if (!interview.acceptsWork(now, Duration.ofSeconds(config.graceSeconds()))) {
            throw new ApiException(409, "Time is up: the session ended at " + interview.deadlineAt
                    + "; nothing sent after the deadline is accepted");
        }
        return now;
    }
}
