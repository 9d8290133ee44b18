package dev.zuoraemulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of docs/architecture.md ("Where things live"), checked: dependencies run one way,
 * {@code error} stands on {@code common} and the generated models only, {@code rest} holds only
 * thin resources, and no source file grows past {@value #MAX_LINES} lines.
 */
class ArchitectureTest {

    static final int MAX_LINES = 300;
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.zuoraemulator");
    }

    @Test
    void packagesDependOnEachOtherInOneDirectionOnly() {
        slices().matching("dev.zuoraemulator.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void errorStandsOnCommonAndTheGeneratedModelsOnly() {
        classes()
                .that()
                .resideInAPackage("dev.zuoraemulator.error..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "dev.zuoraemulator.error..",
                        "dev.zuoraemulator.common..",
                        "dev.zuoraemulator.api.model..",
                        "dev.zuoraemulator.adminapi.model..",
                        "java..",
                        "jakarta.ws.rs..")
                .check(main);
    }

    @Test
    void restHoldsOnlyResourcesThatImplementTheGeneratedInterfaces() {
        classes()
                .that()
                .resideInAPackage("dev.zuoraemulator.rest..")
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Resource")
                .andShould()
                .implement(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                "a generated API interface (Zuora's, the test controls' or the"
                                        + " console's)",
                                c ->
                                        c.getPackageName().equals("dev.zuoraemulator.api")
                                                || c.getPackageName()
                                                        .equals("dev.zuoraemulator.adminapi")
                                                || c.getPackageName()
                                                        .equals("dev.zuoraemulator.consoleapi")))
                .check(main);
    }

    @Test
    void resourcesReachDataOnlyThroughServices() {
        noClasses()
                .that()
                .resideInAPackage("dev.zuoraemulator.rest..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(main);
    }

    @Test
    void noMainSourceFileIsLongerThanTheLimit() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong =
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> lines(f) > MAX_LINES)
                            .map(f -> f + " (" + lines(f) + " lines)")
                            .toList();
        }
        assertEquals(List.of(), tooLong);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
