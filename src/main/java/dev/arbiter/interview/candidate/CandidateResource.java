package dev.arbiter.interview.candidate;

import io.vertx.core.http.HttpServerRequest;
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

/**
 * The candidate's endpoints. The invite token travels in a header (the page reads it from the link's #fragment),
 * so it stays out of URLs, access logs and Referer headers.
 */
@Path("/api/candidate")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    public static final String TOKEN_HEADER = "X-Interview-Token";

    private final CandidateService candidates;

    public CandidateResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GET
    @Path("/session")
    public CandidateDtos.Session session(@HeaderParam(TOKEN_HEADER) String token, @Context HttpServerRequest request) {
        return candidates.session(token, address(request));
    }

    @POST
    @Path("/session/start")
    public CandidateDtos.Session start(@HeaderParam(TOKEN_HEADER) String token, @Context HttpServerRequest request) {
        return candidates.start(token, address(request));
    }

    @GET
    @Path("/problems/{position}")
    public CandidateDtos.Problem problem(@HeaderParam(TOKEN_HEADER) String token, @PathParam("position") int position,
                                         @Context HttpServerRequest request) {
        return candidates.problem(token, address(request), position);
    }

    /** The editor's autosave: the whole code of one problem, numbered; at most every 2 s while it changes. */
    @POST
    @Path("/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidateDtos.Saved snapshot(@HeaderParam(TOKEN_HEADER) String token,
                                        @Valid @NotNull(message = "a JSON body is required") CandidateDtos.SnapshotRequest body,
                                        @Context HttpServerRequest request) {
        return candidates.snapshot(token, address(request), body);
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidateDtos.Saved event(@HeaderParam(TOKEN_HEADER) String token,
                                     @Valid @NotNull(message = "a JSON body is required") CandidateDtos.EventRequest body,
                                     @Context HttpServerRequest request) {
        return candidates.event(token, address(request), body);
    }

    @POST
    @Path("/problems/{position}/judge")
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidateDtos.Judging judge(@HeaderParam(TOKEN_HEADER) String token, @PathParam("position") int position,
                                       @Valid @NotNull(message = "a JSON body is required") CandidateDtos.JudgeRequest body,
                                       @Context HttpServerRequest request) {
        return candidates.judge(token, address(request), position, body);
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
