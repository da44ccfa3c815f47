package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.directivetracker.projections.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

class IdLookupsTest {

    final ReadModels readModels = new ReadModels();

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    @Test
    void findsEveryStoredIdAcrossChunksAndSkipsTheMissingOnes() {
        MongoCollection<Document> rows = readModels.database.getCollection("rows");
        List<Document> stored = new ArrayList<>();
        IntStream.range(0, 3 * IdLookups.CHUNK + 10).filter(i -> i % 3 != 0)
                .forEach(i -> stored.add(new Document("_id", "row-" + i).append("n", i).append("extra", "x")));
        rows.insertMany(stored);
        List<String> asked = IntStream.range(0, 3 * IdLookups.CHUNK + 10).mapToObj(i -> "row-" + i).toList();

        List<Document> found = IdLookups.byIds(rows, asked, Projections.exclude("extra"));

        assertThat(found).extracting(document -> document.getString("_id"))
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(document -> document.getString("_id")).toList());
        assertThat(found).allSatisfy(document -> assertThat(document).doesNotContainKey("extra"));
        assertThat(IdLookups.byIds(rows, List.of(), null)).isEmpty();
    }
}
