package dev.arbiter.score;

import dev.arbiter.lang.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaterForkSizesTest {

    @Test
    void javaForksWarmUpAtTheFirstSizeAsForkZeroDidThenRunTheTopSizes() {
        assertThat(PerfScorer.laterForkSizes(8, Language.JAVA)).containsExactly(0, 5, 6, 7);
    }

    @Test
    void pythonForksRunTheTopSizesAlone() {
        assertThat(PerfScorer.laterForkSizes(8, Language.PYTHON)).containsExactly(5, 6, 7);
    }

    @Test
    void whereTheTopSizesBeginAtTheFirstItIsNotRunTwice() {
        assertThat(PerfScorer.laterForkSizes(3, Language.JAVA)).containsExactly(0, 1, 2);
        assertThat(PerfScorer.laterForkSizes(2, Language.JAVA)).containsExactly(0, 1);
    }

    @Test
    void sizesTheSubmissionDidNotReachAreLeftOut() {
        assertThat(PerfScorer.laterForkSizes(5, Language.JAVA)).containsExactly(0, 2, 3, 4);
    }
}
