package dev.arbiter.lang;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Languages are stored by their id ("java", "python"), as the API and problem packages spell them. */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.id();
    }

    @Override
    public Language convertToEntityAttribute(String id) {
        return id == null ? null : Language.fromId(id).orElseThrow(() -> new IllegalStateException("unknown language " + id));
    }
}
