package org.directivetracker.core.domain;

import org.directivetracker.core.api.value.DepartmentCode;

/** The province's departments, as the aggregate needs them: is a code one of ours? */
public interface DepartmentRegistry {

    boolean isKnown(DepartmentCode code);
}
