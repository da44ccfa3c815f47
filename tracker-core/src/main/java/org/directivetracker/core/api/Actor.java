package org.directivetracker.core.api;

import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.DepartmentCode;

import java.util.Objects;

/**
 * Who acts: the authenticated account, its role and, for a commune account, the commune it is bound to, for a
 * department account the department. Set by the server from the security context, never taken from a request body.
 */
public record Actor(String account, Role role, CommuneCode commune, DepartmentCode department) {

    public Actor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        if (role == Role.COMMUNE && commune == null) {
            throw new IllegalArgumentException("a commune account must be bound to a commune");
        }
        if (role != Role.COMMUNE && commune != null) {
            throw new IllegalArgumentException("only a commune account is bound to a commune");
        }
        if (role == Role.DEPARTMENT && department == null) {
            throw new IllegalArgumentException("a department account must be bound to a department");
        }
        if (role != Role.DEPARTMENT && department != null) {
            throw new IllegalArgumentException("only a department account is bound to a department");
        }
    }

    /** An account bound to no department: province, auditor, or a commune's. */
    public Actor(String account, Role role, CommuneCode commune) {
        this(account, role, commune, null);
    }

    public static Actor province(String account) {
        return new Actor(account, Role.PROVINCE, null);
    }

    public static Actor commune(String account, CommuneCode commune) {
        return new Actor(account, Role.COMMUNE, commune);
    }

    public static Actor auditor(String account) {
        return new Actor(account, Role.AUDITOR, null);
    }

    public static Actor department(String account, DepartmentCode department) {
        return new Actor(account, Role.DEPARTMENT, null, department);
    }

    public boolean actsFor(CommuneCode code) {
        return role == Role.COMMUNE && commune.equals(code);
    }

    public boolean actsFor(DepartmentCode code) {
        return role == Role.DEPARTMENT && department.equals(code);
    }
}
