package dev.arbiter.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Refuses a NUL character (\u0000) in any text field of a request body: PostgreSQL cannot store it in text, and no
 * source code or input needs it. The request is a 400 with the field's name instead of a failed insert.
 */
@Singleton
public class NoNulStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.indexOf('\0') >= 0) {
                    throw new RefusedValue(p, p.currentName() + " contains a NUL character (\\u0000), "
                            + "which text fields cannot hold", value);
                }
                return value;
            }
        }));
    }

    /** A value of the right type that a rule of ours refused: its message is written for the client, and is passed on. */
    static final class RefusedValue extends InvalidFormatException {
        RefusedValue(JsonParser p, String message, String value) {
            super(p, message, value, String.class);
        }
    }
}
