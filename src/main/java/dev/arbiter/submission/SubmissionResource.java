package dev.arbiter.submission;

import dev.arbiter.account.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import java.net.URI;
import java.util.UUID;

/** Runs and submissions: create, read, and follow live as each test finishes (Server-Sent Events). */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private final SubmissionService submissions;
    private final SubmissionStream stream;
    private final CurrentUser current;

    public SubmissionResource(SubmissionService submissions, SubmissionStream stream, CurrentUser current) {
        this.submissions = submissions;
        this.stream = stream;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a JSON body is required") SubmissionDtos.SubmitRequest request) {
        Submission s = submissions.create(request, current.userId().orElse(null));
        return Response.created(URI.create("/api/submissions/" + s.id)).entity(submissions.view(s.id)).build();
    }

    @GET
    @Path("/{id}")
    public SubmissionDtos.SubmissionView get(@PathParam("id") UUID id) {
        return submissions.viewFor(id, current.userId().orElse(null));
    }

    /**
     * Events: "state" (queued/judging), "test" (one per finished test, id = ordinal), "done" (the final view). Blocking
     * only for the visibility check; the stream itself holds no thread (SubmissionStream).
     */
    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> events(@PathParam("id") UUID id, @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Context Sse sse) {
        submissions.checkVisible(id, current.userId().orElse(null));
        return stream.follow(id, parse(lastEventId), sse);
    }

    private static int parse(String lastEventId) {
        try {
            return lastEventId == null ? -1 : Integer.parseInt(lastEventId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
