package dev.arbiter.support;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.RefSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A team's problem repository made in a test: a bare repository on disk, and a work clone that commits and pushes to it. */
public final class GitFixture implements AutoCloseable {

    private final Path bare;
    private final Path work;
    private final Git git;

    private GitFixture(Path bare, Path work, Git git) {
        this.bare = bare;
        this.work = work;
        this.git = git;
    }

    /** A new empty bare repository at {@code bare} (branch main), with a work clone beside it. */
    public static GitFixture create(Path bare) {
        try {
            Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
            Path work = Files.createTempDirectory("arbiter-git-work");
            Git git = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call();
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(bare.toUri().toString())).call();
            return new GitFixture(bare, work, git);
        } catch (GitAPIException | IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The work tree, to write packages into (PackageFixture.valid(fixture.work(), slug)). */
    public Path work() {
        return work;
    }

    public String url() {
        return bare.toUri().toString();
    }

    public GitFixture write(String path, String content) {
        try {
            Path file = work.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file or a folder from the work tree (the next commit records it). */
    public GitFixture delete(String path) {
        try (Stream<Path> walk = Files.walk(work.resolve(path))) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every change of the work tree and pushes main; returns the commit's SHA. */
    public String commitAndPush(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            String sha = git.commit().setMessage(message).setAuthor(new PersonIdent("Ada Author", "ada@example.org"))
                    .setCommitter(new PersonIdent("Ada Author", "ada@example.org")).call().getName();
            git.push().setRemote("origin").setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
            return sha;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rewrites history: a new root commit holding only what {@code writer} puts in the emptied work tree, force-pushed
     * over main. Returns its SHA.
     */
    public String forcePushNewRoot(String message, java.util.function.Consumer<GitFixture> writer) {
        try {
            git.checkout().setOrphan(true).setName("rewritten-" + System.nanoTime()).call();
            git.rm().addFilepattern(".").call();
            try (Stream<Path> top = Files.list(work)) {
                top.filter(p -> !p.getFileName().toString().equals(".git")).forEach(p -> delete(work.relativize(p).toString()));
            }
            writer.accept(this);
            git.add().addFilepattern(".").call();
            String sha = git.commit().setMessage(message).setAuthor(new PersonIdent("Bea Rewriter", "bea@example.org")).call().getName();
            git.push().setRemote("origin").setForce(true).setRefSpecs(new RefSpec("+HEAD:refs/heads/main")).call();
            return sha;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
