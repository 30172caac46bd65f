package dev.arbiter.lang;

import java.util.Arrays;
import java.util.Optional;

/** The languages candidates write in. */
public enum Language {
    JAVA("java", ".java"),
    PYTHON("python", ".py");

    private final String id;
    private final String extension;

    Language(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public static Optional<Language> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id)).findFirst();
    }

    public static Optional<Language> fromFileName(String fileName) {
        return Arrays.stream(values()).filter(l -> fileName.endsWith(l.extension)).findFirst();
    }
}
