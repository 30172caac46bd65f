package dev.arbiter.interview.live;

import dev.arbiter.account.CurrentUser;
import dev.arbiter.account.RequiresRole;
import dev.arbiter.account.Role;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/** Interviewers watch a session live (SSE) and replay it (the timeline of snapshots and events). */
@RequiresRole(Role.INTERVIEWER)
@Path("/api/interviews/{id}")
public class LiveResource {

    private final LiveService live;
    private final LiveStream stream;
    private final CurrentUser current;

    public LiveResource(LiveService live, LiveStream stream, CurrentUser current) {
        this.live = live;
        this.stream = stream;
        this.current = current;
    }

    @GET
    @Path("/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> live(@PathParam("id") long id, @HeaderParam("Last-Event-ID") String lastEventId,
                                        @Context Sse sse) {
        current.requireRole(Role.INTERVIEWER);
        live.require(id);
        return stream.follow(id, parse(lastEventId), sse);
    }

    @GET
    @Path("/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    public LiveDtos.Timeline timeline(@PathParam("id") long id) {
        current.requireRole(Role.INTERVIEWER);
        return live.timeline(id);
    }

    private static long parse(String lastEventId) {
        try {
            return lastEventId == null ? 0 : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
