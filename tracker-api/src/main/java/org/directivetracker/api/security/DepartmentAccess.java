package org.directivetracker.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.domain.DepartmentRegistry;
import org.directivetracker.projections.departments.Department;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Department accounts: how they are configured and created for the demo, and the requests that are theirs. A
 * department answers the obstacles referred to it and reads what concerns it; it never decides for the province.
 */
public final class DepartmentAccess {
    /** The demo's department accounts are {@code dept-<code>}, e.g. {@code dept-SXD}. */
    public static final String DEMO_PREFIX = "dept-";

    private DepartmentAccess() {
    }

    /** The department a configured account is bound to, checked against the province's list; null when none is named. */
    static DepartmentCode configuredDepartment(AccountProperties.Account account, DepartmentRegistry departments) {
        if (account.department() == null || account.department().isBlank()) {
            return null;
        }
        DepartmentCode department = new DepartmentCode(account.department().strip());
        if (!departments.isKnown(department)) {
            throw new IllegalArgumentException("account '" + account.name() + "' is bound to department " + department
                    + ", which is not in the department list");
        }
        return department;
    }

    public static Actor demoAccountOf(Department department) {
        return Actor.department(DEMO_PREFIX + department.code(), new DepartmentCode(department.code()));
    }

    static void registerDemoAccounts(LocalAccounts accounts, DepartmentDirectory departments, String passwordHash) {
        for (Department department : departments.all()) {
            accounts.add(demoAccountOf(department), passwordHash);
        }
    }

    /** Any request of a signed-in department account: after the few that are its own, the API refuses it the rest. */
    static RequestMatcher anyRequestOfADepartment() {
        return (HttpServletRequest request) -> Actors.of(SecurityContextHolder.getContext().getAuthentication())
                .map(actor -> actor.role() == Role.DEPARTMENT)
                .orElse(false);
    }
}
