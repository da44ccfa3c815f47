package org.directivetracker.core.api.query;

import java.util.List;

/** One commune's thread on a directive, oldest entry first; {@code withdrawn} and {@code closed} say whether it still takes writes. */
public record ThreadView(String directiveId, String title, String commune, String communeName, boolean withdrawn, boolean closed,
        List<ThreadEntry> entries) {
}
