package dev.arbiter.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The problem catalog: search and problem pages. */
@Path("/api/problems")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemResource {

    private final ProblemService problems;
    private final CatalogLoader loader;

    public ProblemResource(ProblemService problems, CatalogLoader loader) {
        this.problems = problems;
        this.loader = loader;
    }

    @GET
    public ProblemDtos.SummaryPage list(@QueryParam("difficulty") String difficulty,
                                        @QueryParam("tag") String tag,
                                        @QueryParam("set") String set,
                                        @QueryParam("q") String text,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return problems.search(difficulty, tag, set, text, page, size);
    }

    @GET
    @Path("/{slug}")
    public ProblemDtos.Detail detail(@PathParam("slug") String slug) {
        return problems.detail(slug);
    }

    /** The problem's published versions, newest first (commit, author and date for Git sources). */
    @GET
    @Path("/{slug}/versions")
    public java.util.List<ProblemDtos.VersionView> versions(@PathParam("slug") String slug) {
        return problems.versions(slug);
    }

    /**
     * An image a statement shows. A version never changes, so it may be cached for good; the type was checked against
     * the content when the package was read, and an SVG opened on its own runs no script.
     */
    @GET
    @Path("/{slug}/versions/{version}/images/{name: .+}")
    @Produces(MediaType.WILDCARD)
    public Response image(@PathParam("slug") String slug, @PathParam("version") String version, @PathParam("name") String name) {
        StatementImage image = problems.image(slug, version, name);
        return Response.ok(image.bytes, image.contentType)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .build();
    }

    /** What the last catalog load reported: which packages are broken and why (file, line, reason). */
    @GET
    @Path("/catalog-report")
    public CatalogLoader.Report catalogReport() {
        return loader.lastReport();
    }
}
