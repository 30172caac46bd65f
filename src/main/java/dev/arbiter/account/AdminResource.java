package dev.arbiter.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Admins list accounts and change their roles (promote interviewers). */
@RequiresRole(Role.ADMIN)
@Path("/api/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public record RoleChange(@NotNull(message = "role is required (CANDIDATE, INTERVIEWER or ADMIN)") Role role) {
    }

    private final AdminService admin;
    private final CurrentUser current;

    public AdminResource(AdminService admin, CurrentUser current) {
        this.admin = admin;
        this.current = current;
    }

    @GET
    public List<AdminService.Account> accounts() {
        current.requireRole(Role.ADMIN);
        return admin.accounts();
    }

    @PUT
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminService.Account setRole(@PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") RoleChange change) {
        User me = current.requireRole(Role.ADMIN);
        return admin.setRole(me.id, id, change.role());
    }
}
