# The reference "peer" grader: what Judge0/Piston/CodeJail-style graders do. One fresh
# CPython process per submission, rlimits set before the untrusted code runs, tests in as
# JSON on stdin, results out as JSON on stdout; the parent compares.
import json
import resource
import sys
import time


def main():
    job = json.load(sys.stdin)
    limits = job["limits"]
    cpu_seconds = max(1, (limits["cpuMsPerSubmission"] + 999) // 1000)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits["memoryBytes"], limits["memoryBytes"]))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    namespace = {"__name__": "solution"}
    exec(compile(job["code"], "solution.py", "exec"), namespace)
    entry = namespace[job["entryPoint"]]
    results = []
    for args in job["tests"]:
        started = time.process_time()
        try:
            value = entry(*args)
            results.append({"ok": True, "value": value, "cpuMs": (time.process_time() - started) * 1000})
        except Exception as error:  # the peer reports the exception type, like ours
            results.append({"ok": False, "error": type(error).__name__,
                            "cpuMs": (time.process_time() - started) * 1000})
    json.dump({"results": results}, sys.stdout)


main()
