package org.directivetracker.projections.communes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The province's communes and wards by code, as the views name them. Immutable. */
public final class CommuneDirectory {

    static final String HEADER = "code,name,type,name_ascii";

    private final Map<String, Commune> byCode = new LinkedHashMap<>();

    public CommuneDirectory(Collection<Commune> communes) {
        for (Commune commune : communes) {
            if (byCode.putIfAbsent(commune.code(), commune) != null) {
                throw new IllegalArgumentException("commune code " + commune.code() + " is listed twice");
            }
        }
    }

    /** Reads the registry's CSV format: header {@code code,name,type,name_ascii}, UTF-8, one commune per line. */
    public static CommuneDirectory fromCsv(InputStream csv) {
        return new CommuneDirectory(parseCsv(csv));
    }

    public static List<Commune> parseCsv(InputStream csv) {
        List<Commune> communes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
                throw new IllegalArgumentException("the commune list must start with the header '" + HEADER + "', got '" + header + "'");
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4 || !cells[0].strip().matches("\\d{5}")) {
                    throw new IllegalArgumentException("line " + lineNumber + " of the commune list is not 'code,name,type,name_ascii': " + line);
                }
                communes.add(new Commune(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return communes;
    }

    public Optional<Commune> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The commune's name, or its code when the registry does not know it (the views still show the row). */
    public String nameOf(String code) {
        Commune commune = byCode.get(code);
        return commune == null ? code : commune.name();
    }

    /** Every commune, in the order of the list it was built from. */
    public List<Commune> all() {
        return List.copyOf(byCode.values());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
