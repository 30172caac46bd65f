package dev.arbiter.problemset;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Problem sets: the list, and one set's problems in order (the catalog filters by set with ?set=NAME). */
@Path("/api/sets")
@Produces(MediaType.APPLICATION_JSON)
public class SetResource {

    private final SetService sets;

    public SetResource(SetService sets) {
        this.sets = sets;
    }

    @GET
    public List<SetDtos.Summary> list() {
        return sets.list();
    }

    @GET
    @Path("/{name}")
    public SetDtos.Detail detail(@PathParam("name") String name) {
        return sets.detail(name);
    }
}
