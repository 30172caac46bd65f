package dev.arbiter.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-java's stdin writer failing on a closed connection is expected; nothing else is hidden. */
class StdinWriterFailuresTest {

    private final List<String> forwarded = new ArrayList<>();
    private final StdinWriterFailures handler = new StdinWriterFailures((t, e) -> forwarded.add(t.getName()));

    @Test
    void theWritersFailureOnAClosedConnectionIsNotPrinted() {
        handler.uncaughtException(thread(StdinWriterFailures.WRITER_THREAD + "551322634"),
                new RuntimeException(new ClosedChannelException()));
        assertThat(forwarded).isEmpty();
    }

    @Test
    void anyOtherFailureGoesToTheHandlerBefore() {
        handler.uncaughtException(thread(StdinWriterFailures.WRITER_THREAD + "1"), new IllegalStateException("a bug"));
        handler.uncaughtException(thread("judge-worker-0"), new RuntimeException(new ClosedChannelException()));
        assertThat(forwarded).containsExactly(StdinWriterFailures.WRITER_THREAD + "1", "judge-worker-0");
    }

    @Test
    void theNameIsTheOneTheDockerJavaInUseGivesItsWriter() throws IOException {
        // an upgrade that renamed the thread would print the writer's failures again: the name is in the class that makes it
        try (InputStream writer = StdinWriterFailuresTest.class.getResourceAsStream(
                "/com/github/dockerjava/zerodep/HijackingHttpRequestExecutor.class")) {
            assertThat(writer).as("docker-java's stdin writer class").isNotNull();
            assertThat(new String(writer.readAllBytes(), StandardCharsets.ISO_8859_1)).contains(StdinWriterFailures.WRITER_THREAD);
        }
    }

    @Test
    void installingTwiceKeepsOneHandler() {
        Thread.UncaughtExceptionHandler original = Thread.getDefaultUncaughtExceptionHandler();
        try {
            StdinWriterFailures.install();
            Thread.UncaughtExceptionHandler installed = Thread.getDefaultUncaughtExceptionHandler();
            StdinWriterFailures.install();
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isInstanceOf(StdinWriterFailures.class)
                    .isSameAs(installed);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(original);
        }
    }

    private static Thread thread(String name) {
        return new Thread(() -> { }, name);
    }
}
