package dev.arbiter.submission;

import dev.arbiter.account.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in user's solved and attempted problems, for the marks in the problem list. */
@Path("/api/me/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final SubmissionService submissions;
    private final CurrentUser current;

    public ProgressResource(SubmissionService submissions, CurrentUser current) {
        this.submissions = submissions;
        this.current = current;
    }

    @GET
    public SubmissionDtos.Progress progress() {
        return submissions.progress(current.requireUserId());
    }
}
