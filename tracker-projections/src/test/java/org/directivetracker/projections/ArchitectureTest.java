package org.directivetracker.projections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Projections know events and queries, never the aggregate, the web application or Spring. */
class ArchitectureTest {

    static final JavaClasses PROJECTIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.directivetracker.projections");

    @Test
    void projectionsDependOnNoAggregate() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.directivetracker.core.domain..")
                .check(PROJECTIONS);
    }

    @Test
    void projectionsDependOnNoClassOfTheApplication() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.directivetracker.api..").check(PROJECTIONS);
    }

    @Test
    void projectionsDependOnNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(PROJECTIONS);
    }

    @Test
    void theDirectiveFoldKnowsNoMongoDb() {
        noClasses().that().haveSimpleName("DirectiveState").or().haveSimpleName("CommuneProgress")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .check(PROJECTIONS);
    }

    @Test
    void thePackagesOfProjectionsFormNoCycle() {
        slices().matching("org.directivetracker.projections.(*)..").should().beFreeOfCycles().check(PROJECTIONS);
    }

    @Test
    void theReadModelMachineryKnowsNoReadModel() {
        noClasses().that().resideInAPackage("org.directivetracker.projections.readmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.directivetracker.projections.progress..",
                        "org.directivetracker.projections.communestatus..", "org.directivetracker.projections.obstacles..",
                        "org.directivetracker.projections.briefing..", "org.directivetracker.projections.registry..")
                .check(PROJECTIONS);
    }
}
