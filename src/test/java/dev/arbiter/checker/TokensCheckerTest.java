package dev.arbiter.checker;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.lang.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kattis default output validator's rules (validator_flags). */
class TokensCheckerTest {

    static Checker tokens(String json) throws Exception {
        return Checker.of(new ObjectMapper().readTree(json).toString(), Mode.STDIO);
    }

    @Test
    void caseAndSpacingAreFreeByDefault() throws Exception {
        Checker c = tokens("{\"type\":\"tokens\"}");
        assertThat(c.accepts("Yes 3\n", "yes   3")).isTrue();
        assertThat(c.accepts("Yes 3\n", "yes 4")).isFalse();
        assertThat(c.accepts("1.0", "1.0000001")).isFalse();
    }

    @Test
    void flagsMakeCaseAndSpacingCountAndNumbersTolerant() throws Exception {
        assertThat(tokens("{\"type\":\"tokens\",\"caseSensitive\":true}").accepts("Yes", "yes")).isFalse();
        Checker spaces = tokens("{\"type\":\"tokens\",\"spaceSensitive\":true}");
        assertThat(spaces.accepts("1 2\n", "1 2\n")).isTrue();
        assertThat(spaces.accepts("1 2\n", "1  2\n")).isFalse();
        Checker abs = tokens("{\"type\":\"tokens\",\"absTolerance\":1e-3}");
        assertThat(abs.accepts("2.5", "2.5009")).isTrue();
        assertThat(abs.accepts("2.5", "2.502")).isFalse();
        Checker rel = tokens("{\"type\":\"tokens\",\"relTolerance\":1e-3}");
        assertThat(rel.accepts("1000", "1000.9")).isTrue();
        assertThat(rel.accepts("1000", "1002")).isFalse();
    }
}
