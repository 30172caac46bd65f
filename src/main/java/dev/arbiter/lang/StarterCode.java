package dev.arbiter.lang;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The empty solution a candidate starts from, per language, generated from the problem's signature. */
public final class StarterCode {

    private StarterCode() {
    }

    public static String of(Language language, JsonNode spec) {
        String mode = spec.path("mode").asText();
        return switch (mode) {
            case "signature" -> signature(language, spec.path("signature"));
            case "design" -> design(language, spec.path("design"));
            default -> stdio(language);
        };
    }

    private static String signature(Language language, JsonNode sig) {
        String method = sig.path("method").asText();
        String returns = sig.path("returns").asText();
        if (language == Language.JAVA) {
            return "class Solution {\n    public " + returns + " " + method + "(" + javaParams(sig.path("params")) + ") {\n"
                    + "        \n    }\n}\n";
        }
        return "class Solution:\n    def " + method + "(self" + pythonParams(sig.path("params")) + ") -> "
                + python(returns) + ":\n        pass\n";
    }

    private static String design(Language language, JsonNode design) {
        String cls = design.path("class").asText();
        StringBuilder out = new StringBuilder();
        if (language == Language.JAVA) {
            out.append("class ").append(cls).append(" {\n\n    public ").append(cls).append("(")
                    .append(javaParams(design.path("constructor").path("params"))).append(") {\n        \n    }\n");
            for (JsonNode m : design.path("methods")) {
                out.append("\n    public ").append(m.path("returns").asText()).append(' ').append(m.path("name").asText())
                        .append('(').append(javaParams(m.path("params"))).append(") {\n        \n    }\n");
            }
            return out.append("}\n").toString();
        }
        out.append("class ").append(cls).append(":\n\n    def __init__(self")
                .append(pythonParams(design.path("constructor").path("params"))).append("):\n        pass\n");
        for (JsonNode m : design.path("methods")) {
            out.append("\n    def ").append(m.path("name").asText()).append("(self").append(pythonParams(m.path("params")))
                    .append(") -> ").append(python(m.path("returns").asText())).append(":\n        pass\n");
        }
        return out.toString();
    }

    private static String stdio(Language language) {
        if (language == Language.JAVA) {
            return "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n"
                    + "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        \n    }\n}\n";
        }
        return "import sys\n\n\ndef main() -> None:\n    data = sys.stdin.read().split()\n\n\nmain()\n";
    }

    private static String javaParams(JsonNode params) {
        List<String> parts = new ArrayList<>();
        params.forEach(p -> parts.add(p.path("type").asText() + " " + p.path("name").asText()));
        return String.join(", ", parts);
    }

    private static String pythonParams(JsonNode params) {
        StringBuilder out = new StringBuilder();
        params.forEach(p -> out.append(", ").append(p.path("name").asText()).append(": ").append(python(p.path("type").asText())));
        return out.toString();
    }

    private static String python(String javaType) {
        return ValueType.of(javaType).map(ValueType::python).orElse("object");
    }
}
