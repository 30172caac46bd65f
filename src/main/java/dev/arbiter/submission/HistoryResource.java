package dev.arbiter.submission;

import dev.arbiter.account.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The signed-in user's own submissions of one problem, newest first, with their code. */
@Path("/api/problems/{slug}/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final SubmissionService submissions;
    private final CurrentUser current;

    public HistoryResource(SubmissionService submissions, CurrentUser current) {
        this.submissions = submissions;
        this.current = current;
    }

    @GET
    public List<SubmissionDtos.SubmissionView> history(@PathParam("slug") String slug) {
        return submissions.history(slug, current.requireUserId());
    }
}
