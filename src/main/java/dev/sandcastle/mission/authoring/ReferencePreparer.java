package dev.sandcastle.mission.authoring;

import dev.sandcastle.mission.InvalidMissionPackageException;
import dev.sandcastle.mission.MissionPackage;
import dev.sandcastle.mission.PackageProblem;
import dev.sandcastle.mission.PackagePreparer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The publish-time sandbox work, as one step so its order is fixed: generator.py's seeded
 * tests become hidden tests (answered by the reference), then the reference solution is graded
 * against every test (custom checker exercised) within the players' limits. Only a package
 * whose reference passes is published. The publisher skips unchanged packages (same content
 * hash) before any preparer, so a restart does not redo this work.
 */
@ApplicationScoped
public class ReferencePreparer implements PackagePreparer {

    @Inject
    PublishSandbox sandbox;

    @Override
    public MissionPackage prepare(MissionPackage pkg) throws InvalidMissionPackageException {
        PackageVerifier verifier = sandbox.verifier();
        List<PackageProblem> limitProblems = verifier.limitsAboveMaxima(pkg);
        if (!limitProblems.isEmpty()) {
            throw new InvalidMissionPackageException(pkg.slug(), limitProblems);
        }
        MissionPackage prepared = verifier.withGeneratedTests(pkg);
        List<PackageProblem> problems = verifier.gradeReference(prepared);
        if (!problems.isEmpty()) {
            throw new InvalidMissionPackageException(pkg.slug(), problems);
        }
        return prepared;
    }
}
