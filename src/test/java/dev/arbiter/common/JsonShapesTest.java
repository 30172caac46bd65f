package dev.arbiter.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.arbiter.interview.InterviewDtos;
import dev.arbiter.interview.report.ReportDtos;
import dev.arbiter.submission.SubmissionDtos;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bodies of the wrong shape, read into the real request types by Jackson, and what the client is told. */
class JsonShapesTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aBodyThatIsNoObjectIsToldSoWithoutTheServersTypeNames() {
        String said = describe("[]", SubmissionDtos.SubmitRequest.class);

        assertThat(said).isEqualTo("expected a JSON object").doesNotContain("dev.arbiter", "$", "`");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithWhatItShouldBe() {
        assertThat(describe("{\"problem\": {\"slug\": \"two-sum\"}}", SubmissionDtos.SubmitRequest.class))
                .isEqualTo("problem: expected a string");
        assertThat(describe("{\"candidateName\": \"Ada\", \"durationMinutes\": \"an hour\"}", InterviewDtos.CreateRequest.class))
                .isEqualTo("durationMinutes: expected a number");
        assertThat(describe("{\"candidateName\": \"Ada\", \"closesAt\": \"tomorrow\"}", InterviewDtos.CreateRequest.class))
                .isEqualTo("closesAt: expected a date-time string such as 2026-12-05T09:30:00Z");
        assertThat(describe("{\"candidateName\": \"Ada\", \"languages\": \"java\"}", InterviewDtos.CreateRequest.class))
                .isEqualTo("languages: expected an array");
        assertThat(describe("{\"candidateName\": \"Ada\", \"problems\": [\"two-sum\", [1]]}", InterviewDtos.CreateRequest.class))
                .isEqualTo("problems[1]: expected a string");
    }

    @Test
    void aSecondValueAfterTheBodyIsToldSo() {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        assertThat(describe(strict, "{\"problem\": \"two-sum\"} {}", SubmissionDtos.SubmitRequest.class))
                .isEqualTo("Trailing tokens after the JSON value: send exactly one");
    }

    @Test
    void anEnumListsTheValuesItTakes() {
        assertThat(describe("{\"recommendation\": \"MAYBE\"}", ReportDtos.ScorecardRequest.class))
                .isEqualTo("recommendation: expected one of STRONG_NO_HIRE, NO_HIRE, HIRE, STRONG_HIRE");
    }

    @Test
    void anUnknownFieldIsNamedWhereUnknownFieldsAreRefused() {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        assertThat(describe(strict, "{\"problem\": \"two-sum\", \"langauge\": \"java\"}", SubmissionDtos.SubmitRequest.class))
                .isEqualTo("unknown field 'langauge'");
    }

    private String describe(String json, Class<?> type) {
        return describe(mapper, json, type);
    }

    private static String describe(ObjectMapper reader, String json, Class<?> type) {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class, () -> reader.readValue(json, type));
        assertThat(e).as("Jackson refuses %s", json).isNotNull();
        return JsonShapes.describe(e);
    }
}
