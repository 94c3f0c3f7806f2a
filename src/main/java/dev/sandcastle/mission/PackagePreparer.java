package dev.sandcastle.mission;

/**
 * A step every package goes through before it is published, from the loader or an authoring
 * request alike: the place for publish-time work such as generating hidden tests from
 * generator.py or grading the reference solution against every test. Implementations are
 * CDI beans, applied in {@link jakarta.annotation.Priority} order (ArC: highest first); a step that
 * rejects a package throws {@link InvalidMissionPackageException} with its reasons.
 */
public interface PackagePreparer {

    MissionPackage prepare(MissionPackage pkg) throws InvalidMissionPackageException;
}
