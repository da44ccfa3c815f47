package org.directivetracker.api.operations;

import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.domain.DepartmentRegistry;
import org.directivetracker.projections.departments.Department;
import org.directivetracker.projections.departments.DepartmentDirectory;

import java.util.Set;
import java.util.stream.Collectors;

/** The aggregate's view of the province's departments, taken from the same list that names them in the views. */
public final class DirectoryDepartmentRegistry implements DepartmentRegistry {
    private final Set<DepartmentCode> codes;

    public DirectoryDepartmentRegistry(DepartmentDirectory directory) {
        if (directory.all().isEmpty()) {
            throw new IllegalArgumentException("the department list names no department");
        }
        this.codes = directory.all().stream().map(Department::code).map(DepartmentCode::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isKnown(DepartmentCode code) {
        return codes.contains(code);
    }
}
