package dev.arbiter.judge;

import dev.arbiter.checker.Checker;
import dev.arbiter.checker.ProgramChecker;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.sandbox.RunReport;

/** Signature and design problems: the answer is the one JSON value the harness wrote on the result channel. */
final class ResultGrader extends Grader {

    private static final ObjectReader ONE_VALUE = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    ResultGrader(Checker checker, ProgramChecker custom, Toolchain toolchain) {
        super(checker, custom, toolchain);
    }

    @Override
    Answer answer(RunReport report) {
        String text = report.result().strip();
        if (text.isEmpty()) return Answer.missing("The program exited without returning a result");
        try {
            ONE_VALUE.readTree(text);
        } catch (java.io.IOException e) {
            // only the harness writes there, once: anything else is the program writing to the judge's channel
            return Answer.missing("The program wrote to the judge's result channel");
        }
        return Answer.of(text);
    }

    @Override
    String shown(RunReport report) {
        return report.result().strip();
    }
}
