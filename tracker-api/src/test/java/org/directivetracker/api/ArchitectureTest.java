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
 * DESIGN.md's direction of dependencies, over the whole project: api -> projections -> core, never back; the event
 * store depends on nothing of ours; inside the service, features that depend on each other one way only, and pages
 * that write through the features' services.
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
    void theEventStoreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.directivetracker.eventstore..")
                .should().dependOnClassesThat().resideInAnyPackage("org.directivetracker.core..",
                        "org.directivetracker.projections..", "org.directivetracker.api..", "org.directivetracker.bench..")
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
    void theProjectionsNeverReachIntoTheAggregate() {
        noClasses().that().resideInAPackage("org.directivetracker.projections..")
                .should().dependOnClassesThat().resideInAPackage("org.directivetracker.core.domain..")
                // true while the read models are still being written; the rule bites as soon as they exist
                .allowEmptyShould(true)
                .check(project);
    }

    @Test
    void theServicesFeaturesAreFreeOfCycles() {
        slices().matching("org.directivetracker.api.(*)..").should().beFreeOfCycles().check(project);
    }

    @Test
    void theProjectionsPackagesAreFreeOfCycles() {
        slices().matching("org.directivetracker.projections.(**)").should().beFreeOfCycles().check(project);
    }

    @Test
    void pagesCallTheFeaturesServicesNeverARestController() {
        noClasses().that().resideInAPackage("org.directivetracker.api.pages..")
                .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .check(project);
    }
}
