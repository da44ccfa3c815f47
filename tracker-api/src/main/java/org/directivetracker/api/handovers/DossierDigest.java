package org.directivetracker.api.handovers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.directivetracker.eventstore.files.Sha256;

import java.nio.charset.StandardCharsets;

/**
 * The SHA-256 of a dossier's content: its JSON without the digest, with properties in alphabetical order and instants
 * and dates as ISO text, so the same dossier always gives the same digest, whatever the service's JSON settings.
 */
final class DossierDigest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private DossierDigest() {
    }

    static String of(Dossier dossier) {
        try {
            return Sha256.of(CANONICAL.writeValueAsString(dossier.withDigest(null)).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dossier is always writable as JSON", e);
        }
    }
}
