package org.directivetracker.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * DESIGN.md's direction of dependencies, over the whole project: api -> projections -> core, never back, and nothing
 * below the service leans on the event store; inside the service, features that depend on each other one way only,
 * and pages that write through the features' services. Each module states its own inner rules (the projections' and
 * the event store's ArchitectureTest, the core's CoreDependencyRulesTest).
 */
class ArchitectureTest {
    private static JavaClasses project;

    @BeforeAll
    static void importProject() {
        project = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.directivetracker");
    }

    @Test
    void neitherTheCoreNorTheProjectionsDependOnTheService() {
        noClasses().that().resideInAnyPackage("org.directivetracker.core..", "org.directivetracker.projections..")
                .should().dependOnClassesThat().resideInAPackage("org.directivetracker.api..")
                .check(project);
    }

    @Test
    void nothingOfOursBelowTheServiceDependsOnTheEventStore() {
        noClasses().that().resideInAnyPackage("org.directivetracker.core..", "org.directivetracker.projections..")
                .should().dependOnClassesThat().resideInAPackage("org.directivetracker.eventstore..")
                .check(project);
    }

    @Test
    void theCoreDependsOnNoProjection() {
        noClasses().that().resideInAPackage("org.directivetracker.core..")
                .should().dependOnClassesThat().resideInAPackage("org.directivetracker.projections..")
                .check(project);
    }

    @Test
    void theCoreUsesNoSpringMongoDbOrWebTypes() {
        noClasses().that().resideInAPackage("org.directivetracker.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "jakarta.servlet..", "javax.servlet..", "com.fasterxml.jackson..")
                .check(project);
    }

    @Test
    void theServicesFeaturesAreFreeOfCycles() {
        slices().matching("org.directivetracker.api.(*)..").should().beFreeOfCycles().check(project);
    }

    @Test
    void pagesCallTheFeaturesServicesNeverARestController() {
        noClasses().that().resideInAPackage("org.directivetracker.api.pages..")
                .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .check(project);
    }
}
