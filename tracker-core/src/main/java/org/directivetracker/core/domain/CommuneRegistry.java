package org.directivetracker.core.domain;

import org.directivetracker.core.api.value.CommuneCode;

/** The province's communes and wards, as the aggregate needs them: is a code one of ours? */
public interface CommuneRegistry {

    boolean isKnown(CommuneCode code);
}
