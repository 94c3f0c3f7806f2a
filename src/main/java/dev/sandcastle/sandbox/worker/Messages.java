package dev.sandcastle.sandbox.worker;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckBatch;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the sandbox records to and from plain data for {@link WireCodec}. Reading is strict:
 * a missing or mistyped field is a {@link IllegalArgumentException}, which the caller treats
 * as a broken worker or supervisor, never as a verdict.
 */
final class Messages {

    static final String OP = "op";
    static final String BODY = "body";
    static final String OK = "ok";
    static final String ERROR = "error";

    private Messages() {
    }

    static Map<String, Object> request(String op, Object body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put(OP, op);
        message.put(BODY, body);
        return message;
    }

    static Map<String, Object> ok(Object body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put(OK, body);
        return message;
    }

    static Map<String, Object> error(String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put(ERROR, text);
        return message;
    }

    // ---- limits and policy

    static List<Object> limits(Limits l) {
        return List.of(l.cpuMsPerTest(), l.cpuMsPerSubmission(), l.wallMs(), l.memoryBytes(), l.outputBytes(),
                (long) l.codeBytes(), (long) l.resultBytes(), (long) l.resultDepth(), (long) l.recursionDepth());
    }

    static Limits limits(Object data) {
        List<?> v = list(data, "limits");
        if (v.size() != 9) {
            throw new IllegalArgumentException("limits must have 9 fields");
        }
        return new Limits(num(v.get(0)), num(v.get(1)), num(v.get(2)), num(v.get(3)), num(v.get(4)),
                (int) num(v.get(5)), (int) num(v.get(6)), (int) num(v.get(7)), (int) num(v.get(8)));
    }

    static Map<String, Object> policy(Policy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("builtins", new ArrayList<Object>(p.extraBuiltins()));
        m.put("imports", new ArrayList<Object>(p.extraImports()));
        return m;
    }

    static Policy policy(Object data) {
        Map<?, ?> m = map(data, "policy");
        return new Policy(strings(m.get("builtins")), strings(m.get("imports")));
    }

    // ---- run

    static Map<String, Object> runRequest(String code, Limits limits, Policy policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("limits", limits(limits));
        m.put("policy", policy(policy));
        return m;
    }

    static Map<String, Object> runResult(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", verdict(r.verdict()));
        m.put("stdout", r.stdout());
        m.put("stderr", r.stderr());
        m.put("message", r.message());
        return m;
    }

    static RunResult runResult(Object data) {
        Map<?, ?> m = map(data, "run result");
        return new RunResult(verdict(m.get("verdict")), str(m.get("stdout")), str(m.get("stderr")), str(m.get("message")));
    }

    // ---- execute

    static Map<String, Object> job(ExecutionJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("solution", job.solution());
        m.put("entryPoint", job.entryPoint());
        List<Object> args = new ArrayList<>();
        args.addAll(job.argsPerTest());
        m.put("args", args);
        m.put("limits", limits(job.limits()));
        m.put("policy", policy(job.policy()));
        return m;
    }

    @SuppressWarnings("unchecked")
    static ExecutionJob job(Object data) {
        Map<?, ?> m = map(data, "job");
        List<List<Object>> args = new ArrayList<>();
        for (Object test : list(m.get("args"), "args")) {
            args.add((List<Object>) list(test, "test args"));
        }
        return new ExecutionJob(str(m.get("solution")), str(m.get("entryPoint")), args,
                limits(m.get("limits")), policy(m.get("policy")));
    }

    static Map<String, Object> report(ExecutionReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loadVerdict", verdict(r.loadVerdict()));
        m.put("loadMessage", r.loadMessage());
        m.put("loadStdout", r.loadStdout());
        List<Object> tests = new ArrayList<>();
        for (TestExecution t : r.tests()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("verdict", verdict(t.verdict()));
            tm.put("value", t.value());
            tm.put("cpuMs", t.cpuMs());
            tm.put("statements", t.statements());
            tm.put("stdout", t.stdout());
            tm.put("message", t.message());
            tests.add(tm);
        }
        m.put("tests", tests);
        m.put("cpuMs", r.cpuMs());
        m.put("statements", r.statements());
        return m;
    }

    static ExecutionReport report(Object data) {
        Map<?, ?> m = map(data, "report");
        List<TestExecution> tests = new ArrayList<>();
        for (Object t : list(m.get("tests"), "tests")) {
            Map<?, ?> tm = map(t, "test");
            tests.add(new TestExecution(verdict(tm.get("verdict")), tm.get("value"), num(tm.get("cpuMs")),
                    num(tm.get("statements")), str(tm.get("stdout")), str(tm.get("message"))));
        }
        return new ExecutionReport(verdict(m.get("loadVerdict")), str(m.get("loadMessage")), str(m.get("loadStdout")),
                tests, num(m.get("cpuMs")), num(m.get("statements")));
    }

    // ---- custom check

    static Map<String, Object> checkJob(CustomCheckJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", job.checkerSource());
        m.put("args", new ArrayList<Object>(job.args()));
        m.put("expected", job.expected());
        m.put("actual", job.actual());
        m.put("limits", limits(job.limits()));
        return m;
    }

    @SuppressWarnings("unchecked")
    static CustomCheckJob checkJob(Object data) {
        Map<?, ?> m = map(data, "check job");
        return new CustomCheckJob(str(m.get("source")), (List<Object>) list(m.get("args"), "args"),
                m.get("expected"), m.get("actual"), limits(m.get("limits")));
    }

    static Map<String, Object> checkBatch(CustomCheckBatch batch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", batch.checkerSource());
        List<Object> cases = new ArrayList<>();
        for (CustomCheckBatch.Case c : batch.cases()) {
            List<Object> call = new ArrayList<>();
            call.add(new ArrayList<Object>(c.args()));
            call.add(c.expected());
            call.add(c.actual());
            cases.add(call);
        }
        m.put("cases", cases);
        m.put("limits", limits(batch.limits()));
        return m;
    }

    @SuppressWarnings("unchecked")
    static CustomCheckBatch checkBatch(Object data) {
        Map<?, ?> m = map(data, "check batch");
        List<CustomCheckBatch.Case> cases = new ArrayList<>();
        for (Object item : list(m.get("cases"), "cases")) {
            List<?> call = list(item, "case");
            if (call.size() != 3) {
                throw new IllegalArgumentException("a case has args, expected and actual");
            }
            cases.add(new CustomCheckBatch.Case((List<Object>) list(call.get(0), "args"), call.get(1), call.get(2)));
        }
        return new CustomCheckBatch(str(m.get("source")), cases, limits(m.get("limits")));
    }

    static List<Object> outcomes(List<CheckOutcome> outcomes) {
        List<Object> list = new ArrayList<>(outcomes.size());
        for (CheckOutcome o : outcomes) {
            list.add(outcome(o));
        }
        return list;
    }

    static List<CheckOutcome> outcomes(Object data, int expected) {
        List<?> list = list(data, "check outcomes");
        if (list.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " check outcomes, got " + list.size());
        }
        List<CheckOutcome> outcomes = new ArrayList<>(list.size());
        for (Object item : list) {
            outcomes.add(outcome(item));
        }
        return outcomes;
    }

    static Map<String, Object> outcome(CheckOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", o.passed());
        m.put("message", o.message());
        m.put("error", o.error());
        return m;
    }

    static CheckOutcome outcome(Object data) {
        Map<?, ?> m = map(data, "check outcome");
        if (!(m.get("passed") instanceof Boolean passed)) {
            throw new IllegalArgumentException("passed must be a boolean");
        }
        return new CheckOutcome(passed, str(m.get("message")), str(m.get("error")));
    }

    // ---- field helpers

    private static String verdict(Verdict v) {
        return v == null ? null : v.name();
    }

    private static Verdict verdict(Object data) {
        return data == null ? null : Verdict.valueOf(str(data));
    }

    static String str(Object data) {
        if (data != null && !(data instanceof String)) {
            throw new IllegalArgumentException("expected a string");
        }
        return (String) data;
    }

    static long num(Object data) {
        if (!(data instanceof Long value)) {
            throw new IllegalArgumentException("expected an integer");
        }
        return value;
    }

    static List<?> list(Object data, String what) {
        if (!(data instanceof List<?> list)) {
            throw new IllegalArgumentException(what + " must be a list");
        }
        return list;
    }

    static Map<?, ?> map(Object data, String what) {
        if (!(data instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " must be a map");
        }
        return map;
    }

    private static Set<String> strings(Object data) {
        Set<String> set = new HashSet<>();
        for (Object element : list(data, "names")) {
            set.add(str(element));
        }
        return set;
    }
}
