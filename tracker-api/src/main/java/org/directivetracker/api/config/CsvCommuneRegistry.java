package org.directivetracker.api.config;

import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.domain.CommuneRegistry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The province's communes read from a CSV file with header {@code code,name,type,name_ascii}. */
public final class CsvCommuneRegistry implements CommuneRegistry {
    private final Map<CommuneCode, Commune> communes;

    private CsvCommuneRegistry(Map<CommuneCode, Commune> communes) {
        this.communes = Collections.unmodifiableMap(communes);
    }

    public static CsvCommuneRegistry read(InputStream csv) throws IOException {
        Map<CommuneCode, Commune> communes = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().startsWith("code,name,type")) {
                throw new IOException("the commune registry must start with the header code,name,type,name_ascii");
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length < 3) {
                    throw new IOException("line " + lineNumber + " of the commune registry has fewer than 3 columns");
                }
                CommuneCode code = new CommuneCode(cells[0].strip());
                if (communes.putIfAbsent(code, new Commune(code, cells[1].strip(), cells[2].strip())) != null) {
                    throw new IOException("commune " + code + " appears twice in the registry");
                }
            }
        }
        if (communes.isEmpty()) {
            throw new IOException("the commune registry lists no commune");
        }
        return new CsvCommuneRegistry(communes);
    }

    @Override
    public boolean isKnown(CommuneCode code) {
        return communes.containsKey(code);
    }

    public List<Commune> communes() {
        return new ArrayList<>(communes.values());
    }

    public int size() {
        return communes.size();
    }
}
