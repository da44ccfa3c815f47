package org.directivetracker.projections.readmodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A read model as the room needs to know it. Its name is also its processing group, the name of the tracking
 * processor that keeps it live and the prefix of its collections; its collections are the ones it writes (the room
 * adds the {@link ChangeLog}'s); {@code open} makes it on a {@link ReadModelContext} (live, or a rebuild's), where it
 * also says what its copies hold by key ({@link ReadModelCopy.Loader}); {@code handlers} gives the object whose
 * {@code @EventHandler} methods feed it.
 *
 * @param <R> the read model, as its queries use it
 */
public record ReadModelRegistration<R>(String name, List<String> collections, Function<ReadModelContext, R> open,
        Function<R, Object> handlers) {

    public ReadModelRegistration {
        Objects.requireNonNull(name, "name");
        collections = List.copyOf(collections);
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(handlers, "handlers");
    }

    /** A read model that is its own handler object. */
    public static <R> ReadModelRegistration<R> handledBy(String name, List<String> collections, Function<ReadModelContext, R> open) {
        return new ReadModelRegistration<>(name, collections, open, readModel -> readModel);
    }
}
