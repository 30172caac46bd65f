package dev.arbiter.interview.report;

import dev.arbiter.account.CurrentUser;
import dev.arbiter.account.RequiresRole;
import dev.arbiter.account.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The report of a session (JSON; the web app prints it), and the interviewers' notes and scorecards. */
@RequiresRole(Role.INTERVIEWER)
@Path("/api/interviews/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;
    private final Scorecards scorecards;
    private final CurrentUser current;

    public ReportResource(ReportService reports, Scorecards scorecards, CurrentUser current) {
        this.reports = reports;
        this.scorecards = scorecards;
        this.current = current;
    }

    @GET
    @Path("/report")
    public ReportDtos.Report report(@PathParam("id") long id) {
        current.requireRole(Role.INTERVIEWER);
        return reports.report(id);
    }

    @GET
    @Path("/notes")
    public List<ReportDtos.NoteView> notes(@PathParam("id") long id) {
        current.requireRole(Role.INTERVIEWER);
        return reports.notes(id);
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") ReportDtos.NoteRequest note) {
        long me = current.requireRole(Role.INTERVIEWER).id;
        return Response.status(201).entity(reports.addNote(id, me, note.text())).build();
    }

    @PUT
    @Path("/scorecard")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportDtos.ScorecardView scorecard(@PathParam("id") long id,
                                              @Valid @NotNull(message = "a JSON body is required") ReportDtos.ScorecardRequest card) {
        long me = current.requireRole(Role.INTERVIEWER).id;
        return scorecards.save(id, me, card);
    }
}
