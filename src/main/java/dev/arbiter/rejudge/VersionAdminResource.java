package dev.arbiter.rejudge;

import dev.arbiter.account.AdminAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Admin API of problem versions: all versions of a problem (refused ones too), and a version's rejudge diff. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class VersionAdminResource {

    private final VersionAdminService versions;
    private final AdminAccess admin;

    public VersionAdminResource(VersionAdminService versions, AdminAccess admin) {
        this.versions = versions;
        this.admin = admin;
    }

    @GET
    @Path("/problems/{slug}/versions")
    public List<VersionDtos.Version> versions(@PathParam("slug") String slug) {
        admin.require();
        return versions.versions(slug);
    }

    @GET
    @Path("/versions/{id}")
    public VersionDtos.VersionPage version(@PathParam("id") long id) {
        admin.require();
        return versions.page(id);
    }
}
