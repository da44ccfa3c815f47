package org.directivetracker.projections.departments;

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

/** The province's departments by code, as the views name them. Immutable. */
public final class DepartmentDirectory {

    static final String HEADER = "code,name,name_ascii";
    /** No department known: views show codes where names would be. */
    public static final DepartmentDirectory NONE = new DepartmentDirectory(List.of());

    private final Map<String, Department> byCode = new LinkedHashMap<>();

    public DepartmentDirectory(Collection<Department> departments) {
        for (Department department : departments) {
            if (byCode.putIfAbsent(department.code(), department) != null) {
                throw new IllegalArgumentException("department code " + department.code() + " is listed twice");
            }
        }
    }

    /** Reads the list's CSV format: header {@code code,name,name_ascii}, UTF-8, one department per line. */
    public static DepartmentDirectory fromCsv(InputStream csv) {
        List<Department> departments = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
                throw new IllegalArgumentException("the department list must start with the header '" + HEADER
                        + "', got '" + header + "'");
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cellsOf(line);
                if (cells.size() != 3 || !cells.get(0).strip().matches("[A-Z][A-Z0-9]{1,11}")) {
                    throw new IllegalArgumentException("line " + lineNumber
                            + " of the department list is not 'code,name,name_ascii': " + line);
                }
                departments.add(new Department(cells.get(0).strip(), cells.get(1).strip(), cells.get(2).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DepartmentDirectory(departments);
    }

    /** The cells of one CSV line; a quoted cell may hold commas ("Sở Văn hóa, Thể thao và Du lịch") and "" for a quote. */
    static List<String> cellsOf(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    public Optional<Department> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The department's name, or its code when the list does not know it. */
    public String nameOf(String code) {
        if (code == null) {
            return null;
        }
        Department department = byCode.get(code);
        return department == null ? code : department.name();
    }

    /** Every department, in the order of the list. */
    public List<Department> all() {
        return List.copyOf(byCode.values());
    }
}
