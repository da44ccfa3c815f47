package org.directivetracker.api.operations;

import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.domain.CommuneRegistry;
import org.directivetracker.projections.communes.CommuneDirectory;

import java.util.Set;
import java.util.stream.Collectors;

/** The aggregate's view of the province's communes, taken from the same directory that names them in the views. */
public final class DirectoryCommuneRegistry implements CommuneRegistry {
    private final Set<CommuneCode> codes;

    public DirectoryCommuneRegistry(CommuneDirectory directory) {
        if (directory.all().isEmpty()) {
            throw new IllegalArgumentException("the commune registry lists no commune");
        }
        this.codes = directory.codes().stream().map(CommuneCode::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isKnown(CommuneCode code) {
        return codes.contains(code);
    }

    public int size() {
        return codes.size();
    }
}
