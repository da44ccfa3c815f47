package org.directivetracker.eventstore.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of recomputing one directive's hash chain.
 *
 * @param intact              every event is where its sequence says, each hash matches its content, none is missing
 * @param events              how many events were read
 * @param firstBrokenSequence the first sequence at which the history is not as written (altered, out of place or
 *                            missing); null when intact
 * @param lastHash            the hash stored with the last event read; null when none was read
 * @param problem             what is wrong at {@code firstBrokenSequence}, for a person; null when intact
 */
public record ChainVerification(String directiveId, boolean intact, int events, Long firstBrokenSequence,
                                String lastHash, String problem) {

    /**
     * Walks the events in the order read: event {@code n} must carry sequence {@code n}, and its stored hash must equal
     * the hash recomputed from its stored fields and the stored hash of event {@code n - 1} (genesis for event 0).
     *
     * @param highestStoredSequence the highest sequence of this directive known to be stored by other means (-1 if
     *                              none); above the last event read it means events were cut out of the stream
     */
    public static ChainVerification check(String directiveId, List<? extends ChainLink> events, long highestStoredSequence) {
        String previousHash = EventHashChain.GENESIS;
        String lastHash = events.isEmpty() ? null : events.get(events.size() - 1).hash();
        long expected = 0;
        for (ChainLink event : events) {
            if (event.sequence() != expected) {
                String problem = event.sequence() > expected
                        ? "event " + expected + " is missing: the next event stored is " + event.sequence()
                        : "event " + expected + " is not where it should be: an event numbered " + event.sequence()
                          + " stands in its place";
                return new ChainVerification(directiveId, false, events.size(), expected, lastHash, problem);
            }
            if (!event.recomputeHash(previousHash).equals(event.hash())) {
                return new ChainVerification(directiveId, false, events.size(), expected, lastHash,
                        "event " + expected + " does not match its hash: its content, time, actor or type was changed,"
                        + " or it was put in another event's place");
            }
            previousHash = event.hash();
            expected++;
        }
        if (highestStoredSequence >= expected) {
            return new ChainVerification(directiveId, false, events.size(), expected, lastHash,
                    "event " + expected + " is missing: the store holds events of this directive up to "
                    + highestStoredSequence + " that its stream no longer reaches");
        }
        return new ChainVerification(directiveId, true, events.size(), null, lastHash, null);
    }

    /**
     * This intact chain found broken because the store holds {@code outside} more events of the directive than its
     * stream reaches: a commit beside the stream, which repeats sequence {@code repeated} (-1 if none is repeated).
     * Writes that a kill cut before the embedded store committed only between writes could leave one; so could an
     * insertion into the store.
     */
    public ChainVerification withEventsOutsideTheStream(long outside, long repeated) {
        long at = repeated >= 0 ? repeated : events;
        return new ChainVerification(directiveId, false, events, at, lastHash, outside + " stored event(s) of this directive"
                + " lie outside its stream" + (repeated >= 0 ? ": event " + repeated + " is stored twice" : ""));
    }

    /**
     * {@link #check} over events read from the store, each hash recomputed by {@link EventHashChain#recompute} with
     * the actor read from its stored metadata under {@code actorKeys}.
     */
    public static ChainVerification ofStored(String directiveId, List<StoredEvent> stored, long highestStoredSequence,
                                             ActorKeys actorKeys) {
        List<ChainLink> links = new ArrayList<>(stored.size());
        for (StoredEvent event : stored) {
            links.add(new StoredLink(event, actorKeys));
        }
        return check(directiveId, links, highestStoredSequence);
    }

    /** A stored event in the chain. */
    private record StoredLink(StoredEvent event, ActorKeys actorKeys) implements ChainLink {

        @Override
        public long sequence() {
            return event.sequence();
        }

        @Override
        public String hash() {
            return event.hash();
        }

        @Override
        public String recomputeHash(String previousHash) {
            try {
                return EventHashChain.recompute(event, previousHash, actorKeys);
            } catch (IllegalArgumentException unreadableMetadata) {
                return "metadata not readable: " + unreadableMetadata.getMessage(); // never equal to a stored hash
            }
        }
    }
}
