package dev.sandcastle;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of docs/architecture.md, checked on every build (ADR 0064). A rule
 * that fails names the offending dependency, class and line.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importTheMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sandcastle");
    }

    /** Features depend on each other in one direction only: each package can be read without the ones above it. */
    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("dev.sandcastle.(*)..")
                .should().beFreeOfCycles()
                .check(main);
    }

    /**
     * The sandbox runs untrusted Python and nothing else: the JDK, GraalPy's polyglot and Truffle
     * APIs, and itself. No framework and no feature, so a worker JVM needs nothing more on its
     * classpath and the walls can be read on their own.
     */
    @Test
    void theSandboxImportsNoFrameworkAndNoFeature() {
        classes()
                .that().resideInAPackage("dev.sandcastle.sandbox..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.management..", "com.sun.management..", "jdk..", "org.graalvm..", "com.oracle.truffle..",
                        "dev.sandcastle.sandbox..")
                .check(main);
    }

    /**
     * The judge grades with plain Java over the sandbox's executor contract (the root package
     * {@code dev.sandcastle.sandbox}), never over a particular executor or a framework.
     */
    @Test
    void theJudgeImportsNoFrameworkAndOnlyTheExecutorContract() {
        classes()
                .that().resideInAPackage("dev.sandcastle.judge..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.sandcastle.judge..", "dev.sandcastle.sandbox")
                .check(main);
    }

    /** Generic web and database helpers know no feature. */
    @Test
    void genericHelpersKnowNoFeature() {
        noClasses()
                .that().resideInAnyPackage("dev.sandcastle.web..", "dev.sandcastle.database..")
                .should().dependOnClassesThat(resideInAPackage("dev.sandcastle..")
                        .and(not(resideInAnyPackage("dev.sandcastle.web..", "dev.sandcastle.database.."))))
                .check(main);
    }
}
