package dev.sandcastle.sandbox;

import java.util.List;

/**
 * What the side that runs player code receives: the solution and the inputs of each test,
 * never the expected answers.
 */
public record ExecutionJob(String solution, String entryPoint, List<List<Object>> argsPerTest, Limits limits, Policy policy) {
    public ExecutionJob {
        argsPerTest = List.copyOf(argsPerTest);
    }
}
