package dev.sandcastle.mission;

/**
 * One problem of a mission package and the field of the authoring API it belongs to, named
 * where the problem is found: {@code mission} (mission.json and the package as a whole),
 * {@code tests} or {@code tests[i]}, {@code generator}, or the file it is about
 * ({@code reference}, {@code description}, {@code checker}, {@code starter}).
 */
public record PackageProblem(String field, String message) {

    public static final String MISSION = "mission";
    public static final String TESTS = "tests";
    public static final String GENERATOR = "generator";
    public static final String REFERENCE = "reference";

    /** A problem about the package file {@code fileName} ("tests.json"): its field is the name without the extension. */
    public static PackageProblem inFile(String fileName, String message) {
        int dot = fileName.indexOf('.');
        return new PackageProblem(dot < 0 ? fileName : fileName.substring(0, dot), message);
    }

    /** A failing test of the package, {@code index} counted from 0. */
    public static PackageProblem test(int index, String message) {
        return new PackageProblem(TESTS + "[" + index + "]", message);
    }
}
