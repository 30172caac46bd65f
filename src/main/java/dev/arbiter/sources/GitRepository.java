package dev.arbiter.sources;

import dev.arbiter.problem.PackageError;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One Git source's bare clone under the data directory, read with JGit: fetch, what changed, and a commit's files. */
final class GitRepository implements AutoCloseable {

    /** The branch's head after a fetch. */
    record Head(String sha, String author, Instant date) {
    }

    private final Repository repo;
    private final SourcesConfig.Repo config;

    private GitRepository(Repository repo, SourcesConfig.Repo config) {
        this.repo = repo;
        this.config = config;
    }

    /** Opens the clone (cloning it first when it is missing) and fetches the branch, forced (a force-push wins). */
    static GitRepository fetch(Path dir, SourcesConfig.Repo config) throws IOException, GitAPIException {
        if (!Files.isDirectory(dir.resolve("objects"))) {
            Files.createDirectories(dir.getParent());
            Git cloned = auth(Git.cloneRepository().setBare(true).setURI(config.url()).setDirectory(dir.toFile())
                    .setBranchesToClone(List.of("refs/heads/" + config.branch())).setBranch(config.branch()), config).call();
            return new GitRepository(cloned.getRepository(), config);
        }
        Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
        GitRepository out = new GitRepository(repo, config);
        try (Git git = new Git(repo)) {
            auth(git.fetch().setRemote(config.url())
                    .setRefSpecs("+refs/heads/" + config.branch() + ":refs/heads/" + config.branch()), config).call();
        } catch (GitAPIException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    private static <C extends TransportCommand<C, ?>> C auth(C command, SourcesConfig.Repo config) {
        config.tokenEnv().map(System::getenv).filter(t -> !t.isBlank()).ifPresent(token ->
                command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(config.tokenUser(), token)));
        config.sshKeyFile().ifPresent(key -> command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport ssh) {
                File home = new File(System.getProperty("user.home"));
                SshdSessionFactoryBuilder builder = new SshdSessionFactoryBuilder()
                        .setHomeDirectory(home).setSshDirectory(new File(home, ".ssh"))
                        .setDefaultIdentities(d -> List.of(Path.of(key)));
                config.knownHostsFile().ifPresent(k -> builder.setDefaultKnownHostsFiles(d -> List.of(Path.of(k))));
                ssh.setSshSessionFactory(builder.build(null));
            }
        }));
        return command;
    }

    Head head() throws IOException {
        ObjectId id = repo.resolve("refs/heads/" + config.branch());
        if (id == null) throw new IOException("the branch '" + config.branch() + "' does not exist");
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(id);
            return new Head(c.getName(), c.getAuthorIdent().getName() + " <" + c.getAuthorIdent().getEmailAddress() + ">",
                    c.getAuthorIdent().getWhenAsInstant());
        }
    }

    /** The last commit up to {@code sha} that changed the folder (relative to the subfolder): a version's provenance. */
    Head lastChange(String sha, String folder) throws IOException, GitAPIException {
        String path = prefix().map(p -> p + "/").orElse("") + folder;
        try (Git git = new Git(repo)) {
            for (RevCommit c : git.log().add(repo.resolve(sha)).addPath(path).setMaxCount(1).call()) {
                return new Head(c.getName(), c.getAuthorIdent().getName() + " <" + c.getAuthorIdent().getEmailAddress() + ">",
                        c.getAuthorIdent().getWhenAsInstant());
            }
        }
        return head();
    }

    /** Paths (relative to the subfolder) changed between two commits; null when {@code from} is unknown here. */
    Set<String> changed(String from, String to) throws IOException {
        if (from == null) return null;
        ObjectId old = repo.resolve(from + "^{tree}");
        if (old == null) return null;
        Set<String> out = new TreeSet<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(old);
            walk.addTree(repo.resolve(to + "^{tree}"));
            walk.setRecursive(true);
            prefix().ifPresent(p -> walk.setFilter(PathFilter.create(p)));
            for (DiffEntry d : DiffEntry.scan(walk)) {
                for (String path : List.of(d.getOldPath(), d.getNewPath())) {
                    if (!path.equals(DiffEntry.DEV_NULL)) relative(path).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** Every path (relative to the subfolder) of a commit. */
    Set<String> files(String sha) throws IOException {
        Set<String> out = new TreeSet<>();
        walk(sha, "", (path, walk) -> out.add(path));
        return out;
    }

    /** A symbolic link or a submodule is never written out: it could lead anywhere on this machine. */
    static final String LINKED = "a symbolic link: a source's files are read as committed, never through a link "
            + "(it could lead anywhere on this machine); commit the file itself";
    static final String SUBMODULE = "a submodule: its files are not fetched; commit them in this repository";

    /**
     * Writes the commit's regular files under the folder (relative to the subfolder) into {@code target}. Returns
     * what it did not write, each with its path under the folder and why: links and submodules are never followed.
     */
    List<PackageError> export(String sha, String folder, Path target) throws IOException {
        List<PackageError> skipped = new ArrayList<>();
        walk(sha, folder + "/", (path, walk) -> {
            FileMode mode = walk.getFileMode(0);
            String inFolder = path.substring(folder.length() + 1);
            if (mode == FileMode.SYMLINK) {
                skipped.add(new PackageError(inFolder, 0, LINKED));
                return;
            }
            if (mode == FileMode.GITLINK) {
                skipped.add(new PackageError(inFolder, 0, SUBMODULE));
                return;
            }
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) return;
            Path file = target.resolve(path).normalize();
            if (!file.startsWith(target)) return;
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, repo.open(walk.getObjectId(0)).getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return skipped;
    }

    private interface Visitor {
        void visit(String relativePath, TreeWalk walk) throws IOException;
    }

    private void walk(String sha, String under, Visitor visitor) throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(repo.resolve(sha + "^{tree}"));
            walk.setRecursive(true);
            String filter = prefix().map(p -> p + "/").orElse("") + under;
            if (!filter.isEmpty()) walk.setFilter(PathFilter.create(filter.replaceAll("/$", "")));
            while (walk.next()) {
                var rel = relative(walk.getPathString());
                if (rel.isPresent() && rel.get().startsWith(under)) visitor.visit(rel.get(), walk);
            }
        }
    }

    private java.util.Optional<String> prefix() {
        return config.subfolder().map(s -> s.replaceAll("^/+|/+$", "")).filter(s -> !s.isEmpty());
    }

    private java.util.Optional<String> relative(String path) {
        var prefix = prefix();
        if (prefix.isEmpty()) return java.util.Optional.of(path);
        return path.startsWith(prefix.get() + "/") ? java.util.Optional.of(path.substring(prefix.get().length() + 1))
                : java.util.Optional.empty();
    }

    @Override
    public void close() {
        repo.close();
    }
}
