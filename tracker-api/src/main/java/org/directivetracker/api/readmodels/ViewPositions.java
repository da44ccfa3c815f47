package org.directivetracker.api.readmodels;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.client.MongoCollection;

/**
 * How far each view's processor has gone, as its token says in the token store: the views' own state in the
 * database, the same for every instance whichever of them runs the processor. A processor stores its token after the
 * batch's read-model writes (see {@code ReadModelContext}), so a view whose token covers a position shows that event.
 * Read only: Axon's own token store claims a token to read it.
 */
public class ViewPositions {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    /** @param tokens the collection of Axon's Mongo token store */
    public ViewPositions(MongoCollection<Document> tokens, Serializer serializer) {
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /** Whether every one of the processors has handled the event at {@code position}. */
    public boolean allPassed(Collection<String> processors, long position) {
        Map<String, Boolean> passed = new HashMap<>();
        for (Document entry : tokens.find(in("processorName", processors))) {
            String processor = entry.getString("processorName");
            boolean segmentPassed = covers(tokenOf(entry), position);
            passed.merge(processor, segmentPassed, Boolean::logicalAnd);
        }
        return passed.keySet().containsAll(Set.copyOf(processors)) && !passed.containsValue(false);
    }

    /** Whether the token shows the event at {@code position} handled: reached, and not a gap still waited for. */
    static boolean covers(TrackingToken token, long position) {
        TrackingToken reached = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (reached == null) {
            return false;
        }
        if (reached instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return reached.position().orElse(-1) >= position;
    }

    private TrackingToken tokenOf(Document entry) {
        Object stored = entry.get("token");
        String type = entry.getString("tokenType");
        if (stored == null || type == null) {
            return null; // the processor claimed its segment but has handled nothing yet
        }
        Long timestamp = entry.getLong("timestamp");
        String at = timestamp == null ? null : Instant.ofEpochMilli(timestamp).toString();
        if (stored instanceof Binary binary) {
            return new GenericTokenEntry<>(binary.getData(), type, at, entry.getString("owner"),
                    entry.getString("processorName"), entry.getInteger("segment", 0), byte[].class).getToken(serializer);
        }
        return new GenericTokenEntry<>(stored.toString(), type, at, entry.getString("owner"),
                entry.getString("processorName"), entry.getInteger("segment", 0), String.class).getToken(serializer);
    }
}
