package org.directivetracker.api.departments;

import org.directivetracker.projections.departments.Department;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The province's departments, for the referral form and for clients: every signed-in account reads the list. */
@RestController
@RequestMapping("/api/departments")
public class DepartmentController {
    private final DepartmentDirectory departments;

    public DepartmentController(DepartmentDirectory departments) {
        this.departments = departments;
    }

    @GetMapping
    public List<DepartmentEntry> departments() {
        return departments.all().stream().map(DepartmentEntry::of).toList();
    }

    /** A department as the API lists it. */
    public record DepartmentEntry(String code, String name) {
        static DepartmentEntry of(Department department) {
            return new DepartmentEntry(department.code(), department.name());
        }
    }
}
