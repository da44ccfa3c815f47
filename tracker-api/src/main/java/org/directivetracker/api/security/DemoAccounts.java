package org.directivetracker.api.security;

import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo accounts: {@code leader} (PROVINCE), {@code auditor} (AUDITOR), {@code chair-<code>} per commune,
 * {@code dept-<code>} per department; password {@code demo}.
 */
public final class DemoAccounts {
    public static final String PASSWORD = "demo";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";

    private DemoAccounts() {
    }

    /** The commune's chair, who acts for it. */
    public static Actor chairOf(Commune commune) {
        return Actor.commune("chair-" + commune.code(), new CommuneCode(commune.code()));
    }

    /** The department's demo account, {@code dept-<code>}, which answers for it. */
    public static Actor departmentOf(String departmentCode) {
        return Actor.department(DepartmentAccess.DEMO_PREFIX + departmentCode, new DepartmentCode(departmentCode));
    }

    public static void register(LocalAccounts accounts, CommuneDirectory communes, DepartmentDirectory departments,
                                PasswordEncoder encoder) {
        // hashed once: BCrypt is slow on purpose, and every demo account shares the password
        String hash = encoder.encode(PASSWORD);
        accounts.add(Actor.province(LEADER), hash);
        accounts.add(Actor.auditor(AUDITOR), hash);
        for (Commune commune : communes.all()) {
            accounts.add(chairOf(commune), hash);
        }
        DepartmentAccess.registerDemoAccounts(accounts, departments, hash);
    }
}
