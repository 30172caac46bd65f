package dev.arbiter.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a JSON value of the wrong shape should have been, in the request's own terms: "durationMinutes: expected a
 * number". Jackson's message names the Java type it tried to make ("Cannot deserialize value of type
 * `dev.arbiter.submission.SubmissionDtos$SubmitRequest` from Array value"), which tells a client nothing it sent and
 * the world how the server is built.
 */
final class JsonShapes {

    private JsonShapes() {
    }

    static String describe(MismatchedInputException e) {
        if (e instanceof NoNulStrings.RefusedValue) return e.getOriginalMessage();
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "Trailing tokens after the JSON value: send exactly one"; // StrictJsonBodies
        }
        List<JsonMappingException.Reference> path = e.getPath();
        if (e instanceof UnrecognizedPropertyException unknown) { // its path ends at the unknown field
            String within = where(path.subList(0, Math.max(0, path.size() - 1)));
            return "unknown field '" + unknown.getPropertyName() + "'" + (within.isEmpty() ? "" : " in " + within);
        }
        String where = where(path);
        String expected = "expected " + expected(e.getTargetType());
        return where.isEmpty() ? expected : where + ": " + expected;
    }

    /** The value's place in the body: problems[2], closesAt; empty for the body itself. */
    private static String where(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                if (!out.isEmpty()) out.append('.');
                out.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) return "a value of another type";
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) return "a string";
        if (type == UUID.class) return "an id (a UUID string)";
        if (Temporal.class.isAssignableFrom(type)) return "a date-time string such as 2026-12-05T09:30:00Z";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) return "a number";
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "an array";
        return "a JSON object"; // a record, a map
    }
}
