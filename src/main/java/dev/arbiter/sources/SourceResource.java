package dev.arbiter.sources;

import dev.arbiter.account.AdminAccess;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Admin API of the problem sources: their state and failures, and syncing on demand (admin token required). */
@Path("/api/admin/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceService sources;
    private final SyncRunner runner;
    private final SourcesConfig config;
    private final AdminAccess admin;

    public SourceResource(SourceService sources, SyncRunner runner, SourcesConfig config, AdminAccess admin) {
        this.sources = sources;
        this.runner = runner;
        this.config = config;
        this.admin = admin;
    }

    @GET
    public List<SourceDtos.Source> list() {
        admin.require();
        return sources.list();
    }

    @GET
    @Path("/{name}")
    public SourceDtos.Source view(@PathParam("name") String name) {
        admin.require();
        return sources.view(name);
    }

    /** Syncs every Git source: 202 at once, or with wait=true 200 and what each sync did. */
    @POST
    @Path("/sync")
    public Response syncAll(@QueryParam("wait") @DefaultValue("false") boolean wait) {
        admin.require();
        List<Future<GitSync.Outcome>> futures = config.names().stream().map(runner::request).toList();
        if (!wait) return Response.accepted(Map.of("queued", config.names())).build();
        return Response.ok(futures.stream().map(SourceResource::await).toList()).build();
    }

    @POST
    @Path("/{name}/sync")
    public Response sync(@PathParam("name") String name, @QueryParam("wait") @DefaultValue("false") boolean wait) {
        admin.require();
        sources.view(name);
        Future<GitSync.Outcome> future = runner.request(name);
        if (!wait) return Response.accepted(Map.of("queued", List.of(name))).build();
        return Response.ok(await(future)).build();
    }

    private static GitSync.Outcome await(Future<GitSync.Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
