package org.directivetracker.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** DESIGN.md: the core is the contract and the domain; it knows Axon's modelling and messaging API and nothing else. */
@AnalyzeClasses(packages = "org.directivetracker.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreDependencyRulesTest {

    @ArchTest
    static final ArchRule coreDependsOnNoFrameworkStorageOrWebTypes = noClasses()
            .that().resideInAPackage("org.directivetracker.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "jakarta.servlet..",
                    "jakarta.ws..",
                    "javax.servlet..",
                    "com.fasterxml.jackson..")
            .because("the domain must stay free of Spring, MongoDB, web and serialization types");

    @ArchTest
    static final ArchRule coreDependsOnNoOuterModule = noClasses()
            .that().resideInAPackage("org.directivetracker.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.directivetracker.projections..",
                    "org.directivetracker.api..")
            .because("dependencies point inwards: projections and the API depend on the core, never the reverse");

    @ArchTest
    static final ArchRule contractDependsOnNoAggregate = noClasses()
            .that().resideInAPackage("org.directivetracker.core.api..")
            .should().dependOnClassesThat().resideInAPackage("org.directivetracker.core.domain..")
            .because("other modules import the contract, and the contract must not drag the aggregate along");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("org.directivetracker.core.(**)")
            .should().beFreeOfCycles()
            .because("each package of the contract and the domain can be read and changed without the ones that use it");
}
