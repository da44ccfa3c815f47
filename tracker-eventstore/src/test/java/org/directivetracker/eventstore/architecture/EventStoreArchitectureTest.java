package org.directivetracker.eventstore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The store knows Axon and the MongoDB driver, never Spring or the tracker's domain, and its files stay small. */
class EventStoreArchitectureTest {

    private static final int MAX_LINES = 350;
    private static JavaClasses store;

    @BeforeAll
    static void importStore() {
        store = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.directivetracker.eventstore");
    }

    @Test
    void theStoreUsesNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(store);
    }

    @Test
    void theStoreKnowsNothingOfTheDomainTheViewsOrTheService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.directivetracker.core..", "..projections..", "..api..", "..bench..")
                .check(store);
    }

    @Test
    void itsPackagesHaveNoCycles() {
        slices().matching("org.directivetracker.eventstore.(*)..").should().beFreeOfCycles().check(store);
    }

    @Test
    void noMainSourceFileIsLongerThan350Lines() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        assertThat(files).as("main sources under " + sources.toAbsolutePath()).isNotEmpty();
        for (Path file : files) {
            assertThat(Files.readAllLines(file)).as(file.toString()).hasSizeLessThanOrEqualTo(MAX_LINES);
        }
    }
}
