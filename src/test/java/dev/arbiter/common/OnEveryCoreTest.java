package dev.arbiter.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnEveryCoreTest {

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Integer> squares = OnEveryCore.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            sleep(20 - i); // the first items finish last
            return i * i;
        });

        assertThat(squares).containsExactlyElementsOf(items.stream().map(i -> i * i).toList());
        assertThat(threads).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aFailingItemFailsTheWholeWithItsOwnException() {
        assertThatThrownBy(() -> OnEveryCore.map(List.of(1, 2, 3), i -> {
            if (i == 2) throw new IllegalArgumentException("item 2 is bad");
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 2 is bad");
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
