package dev.arbiter.checker;

import dev.arbiter.lang.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckerTest {

    @Test
    void exactComparesJsonStructureNotText() {
        Checker exact = Checker.of("{\"type\":\"exact\"}", Mode.SIGNATURE);
        assertThat(exact.accepts("[1, 2]", "[1,2]")).isTrue();
        assertThat(exact.accepts("2", "2.0")).isTrue();
        assertThat(exact.accepts("[1,2]", "[2,1]")).isFalse();
        assertThat(exact.accepts("true", "\"true\"")).isFalse();
        assertThat(exact.accepts("[[1],[2]]", "[[1],[2],[]]")).isFalse();
        assertThat(exact.accepts("[1]", "not json")).isFalse();
        assertThat(exact.accepts("null", "")).isFalse();
    }

    @Test
    void unorderedIgnoresOrderAtEveryLevelButNotMultiplicity() {
        Checker unordered = Checker.of("{\"type\":\"unordered\"}", Mode.SIGNATURE);
        assertThat(unordered.accepts("[[\"eat\",\"tea\"],[\"bat\"]]", "[[\"bat\"],[\"tea\",\"eat\"]]")).isTrue();
        assertThat(unordered.accepts("[0,1]", "[1,0]")).isTrue();
        assertThat(unordered.accepts("[1,1,2]", "[1,2,2]")).isFalse();
        assertThat(unordered.accepts("[1,2]", "[1,2,3]")).isFalse();
    }

    @Test
    void floatAcceptsAbsoluteOrRelativeTolerance() {
        Checker floats = Checker.of("{\"type\":\"float\",\"tolerance\":1e-5}", Mode.SIGNATURE);
        assertThat(floats.accepts("2.5", "2.500001")).isTrue();
        assertThat(floats.accepts("1000000.0", "1000000.5")).isTrue();
        assertThat(floats.accepts("2.5", "2.51")).isFalse();
    }

    @Test
    void stdioComparesTokensIgnoringWhitespaceLayout() {
        Checker tokens = Checker.of("{\"type\":\"exact\"}", Mode.STDIO);
        assertThat(tokens.accepts("1 2\n3\n", "1\n2 3   \n\n")).isTrue();
        assertThat(tokens.accepts("1 2 3", "1 2")).isFalse();
        assertThat(tokens.accepts("10", "010")).isFalse();
        assertThat(Checker.of("{\"type\":\"float\",\"tolerance\":1e-6}", Mode.STDIO).accepts("0.3333333", "0.33333331")).isTrue();
    }
}
