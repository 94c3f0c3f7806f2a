"""Chaos driver for src/test/chaos/run.sh: starts the processes, injects the faults, checks nothing is lost."""
import argparse, base64, glob, json, os, random, re, shutil, signal, subprocess, sys, tempfile, threading, time
import urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

ap = argparse.ArgumentParser()
ap.add_argument("--pgbin", required=True)
ap.add_argument("--burst", type=int, default=1000)
ap.add_argument("--pool-size", type=int, default=int(os.environ.get("CHAOS_POOL_SIZE", "1")),
                help="sandbox workers per grader (each needs ~1 GB and seconds of CPU to start)")
ap.add_argument("--concurrency", type=int, default=int(os.environ.get("CHAOS_CONCURRENCY", "2")),
                help="concurrent gradings per grader")
args = ap.parse_args()
# Waits scale with the burst: on the loaded 2-core machine 100 took ~150 s, so allow ~4 s each.
GRADE_DEADLINE_S = max(1800, 4 * args.burst)

ROOT = os.getcwd()
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
WORK = tempfile.mkdtemp(prefix="sandcastle-chaos-")
# below the ephemeral range (32768-60999): a client socket of the run itself once held 55432 and
# PostgreSQL could not restart ("Address already in use")
PGDATA, PGPORT = os.path.join(WORK, "pg"), 15432
API = "http://127.0.0.1:18080"
HEAP = "384m"
HEAP_BYTES = 384 * 2**20
MISSION = "chaos-add"
procs, logs = {}, {}
figures = {"faults": [], "orphans": []}
as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def log(msg):
    print(f"[chaos {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def pg(*argv):
    subprocess.run(as_pg + [os.path.join(args.pgbin, argv[0]), *argv[1:]], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def sql(query):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(PGPORT), "-U", "postgres", "-At", "-c", query],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def start_pg():
    for attempt in range(5):
        try:
            pg("pg_ctl", "-D", PGDATA, "-w", "-l", os.path.join(WORK, "pg.log"), "-o", f"-p {PGPORT} -k /tmp", "start")
            return
        except subprocess.CalledProcessError:
            if attempt == 4:
                raise
            log("PostgreSQL did not start (see pg.log); retrying")
            time.sleep(3)


def stop_pg():
    pg("pg_ctl", "-D", PGDATA, "-w", "-m", "fast", "stop")


def http(method, path, body=None, token=None, basic=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path if path.startswith("/") else path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if basic:
        req.add_header("Authorization", "Basic " + base64.b64encode(basic.encode()).decode())
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()
    except Exception as e:  # connection refused, reset, timeout
        return 0, {}, str(e)


def start_app(name, roles, port, extra=None):
    env = dict(os.environ,
               QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{PGPORT}/postgres",
               QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="",
               QUARKUS_HTTP_PORT=str(port), SANDCASTLE_ROLES=roles,
               SANDCASTLE_MISSIONS_DIR=os.path.join(WORK, "missions"),
               SANDCASTLE_PLAYERS_SUBMISSIONS_MAX_PER_WINDOW="1000000",
               SANDCASTLE_PLAYERS_SUBMISSIONS_MAX_QUEUED="1000000",
               SANDCASTLE_GRADER_LEASE="6s", SANDCASTLE_GRADER_POLL_INTERVAL="1s",
               SANDCASTLE_GRADER_SHUTDOWN_GRACE="10s", SANDCASTLE_GRADER_CONCURRENCY=str(args.concurrency),
               # a worker's start (engine + self-test) can take minutes while a burst loads the host
               SANDCASTLE_SANDBOX_POOL_SIZE=str(args.pool_size), SANDCASTLE_SANDBOX_SPAWN_TIMEOUT="300s",
               QUARKUS_SHUTDOWN_TIMEOUT="15s",
               QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="3s",
               **(extra or {}))
    out = open(os.path.join(WORK, name + ".log"), "a")
    # every collection's heap before -> after (committed) goes to a GC log: the true peak, not a 2 s sample
    gc_log = os.path.join(WORK, f"gc-{name}-%p.log")
    procs[name] = subprocess.Popen([JAVA, f"-Xmx{HEAP}", "-XX:+ExitOnOutOfMemoryError",
                                    f"-Xlog:gc,gc+heap+exit:file={gc_log}:uptime,level,tags", "-jar",
                                    os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")],
                                   env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 240
    while time.time() < deadline:
        status, _, body = http("GET", f"http://127.0.0.1:{port}/q/health/live", timeout=5)
        if status == 200:
            log(f"{name} (pid {procs[name].pid}, roles {roles}) is up")
            return
        if procs[name].poll() is not None:
            sys.exit(f"{name} exited: see {out.name}")
        time.sleep(1)
    sys.exit(f"{name} did not start: see {out.name}")


CODES = {
    "ACCEPTED": "def add(a, b):\n    return a + b\n",
    "WRONG_ANSWER": "def add(a, b):\n    return a - b\n",
    "TIME_LIMIT_EXCEEDED": "def add(a, b):\n    while True:\n        pass\n",
    "MEMORY_LIMIT_EXCEEDED": "def add(a, b):\n    x = []\n    while True:\n        x.append([0] * 1000)\n",
    "OUTPUT_LIMIT_EXCEEDED": "def add(a, b):\n    while True:\n        print('flood' * 200)\n",
}
MIX = ["ACCEPTED"] * 6 + ["WRONG_ANSWER"] + ["TIME_LIMIT_EXCEEDED"] + ["MEMORY_LIMIT_EXCEEDED"] + ["OUTPUT_LIMIT_EXCEEDED"]
accepted = {}  # submission id -> expected verdict
lock = threading.Lock()


def submit(token, expect, retries=0):
    for attempt in range(retries + 1):
        status, headers, body = http("POST", f"/api/missions/{MISSION}/submissions",
                                     {"code": CODES[expect], "mode": "check"}, token)
        if status == 202:
            with lock:
                accepted[json.loads(body)["id"]] = expect
            return status
        if attempt < retries:
            time.sleep(0.5)
    return status


def children(pid):
    """Direct children of a process (its sandbox worker JVMs), from /proc."""
    kids = set()
    for task in glob.glob(f"/proc/{pid}/task/*/children"):
        try:
            kids.update(int(c) for c in open(task).read().split())
        except OSError:
            pass
    return sorted(kids)


def guest_running(pid, name):
    """Whether a ready sandbox worker of this process runs guest code now (a starting one runs its self-test)."""
    ready = set(int(p) for p in re.findall(r"\(pid (\d+)\) ready in", open(os.path.join(WORK, name + ".log"), errors="replace").read()))
    for w in children(pid):
        if w not in ready:
            continue
        for comm in glob.glob(f"/proc/{w}/task/*/comm"):
            try:
                if open(comm).read().startswith("sandcastle-gues"):
                    return True
            except OSError:
                pass
    return False


def await_gone(pids, seconds):
    """The pids still alive after waiting up to `seconds` (a worker exits ~1 s after its supervisor dies)."""
    deadline = time.time() + seconds
    alive = list(pids)
    while alive and time.time() < deadline:
        time.sleep(0.5)
        alive = [p for p in alive if os.path.exists(f"/proc/{p}") and
                 not open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[0] == "Z"]
    return alive


UNITS = {"K": 2**10, "M": 2**20, "G": 2**30}


def gc_figures():
    """Peak heap from the GC logs: each collection logs used-before -> used-after (committed)."""
    peak = committed = collections = 0
    per = {}
    files = sorted(glob.glob(os.path.join(WORK, "gc-*.log")))
    for f in files:
        mine = 0
        for m in re.finditer(r"(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)", open(f, errors="replace").read()):
            before, after, cap = (int(m.group(i)) * UNITS[m.group(i + 1)] for i in (1, 3, 5))
            collections += 1
            mine = max(mine, before, after)
            peak = max(peak, before, after)
            committed = max(committed, cap)
        per[os.path.basename(f)[3:-4]] = f"{mine / 2**20:.0f}M"
    return {"peak": peak, "committed": committed, "collections": collections, "files": len(files), "per": per}


def main():
    t0 = time.time()
    os.makedirs(PGDATA)
    shutil.chown(WORK, "postgres") if as_pg else None
    shutil.chown(PGDATA, "postgres") if as_pg else None
    pg("initdb", "-D", PGDATA, "-U", "postgres", "--auth=trust", "-E", "UTF8")
    start_pg()
    log(f"PostgreSQL ({args.pgbin}) on port {PGPORT}, work dir {WORK}")
    shutil.copytree(os.path.join(ROOT, "src/test/resources/test-missions/add-two"), os.path.join(WORK, "missions", MISSION))
    desc = os.path.join(WORK, "missions", MISSION, "mission.json")
    d = json.load(open(desc))
    d["title"] = "Chaos Add"
    d["limits"] = {"cpuMsPerTest": 500, "cpuMsPerSubmission": 2000, "wallMs": 4000, "memoryBytes": 67108864, "outputBytes": 4096}
    json.dump(d, open(desc, "w"))

    start_app("api", "api", 18080)
    start_app("grader1", "grader", 18081)
    start_app("grader2", "grader", 18082)
    players = []
    for i in range(10):
        name = f"chaos-{i}"
        s, _, b = http("POST", "/api/players", {"name": name, "password": "correct horse battery"})
        assert s == 201, (s, b)
        s, _, b = http("POST", "/api/tokens", basic=f"{name}:correct horse battery")
        players.append(json.loads(b)["token"])
    heap = {"max": 0, "queue_max": 0, "queue_seen": False, "latency_seen": False}
    stop_sampling = threading.Event()

    def sample_heap():
        while not stop_sampling.is_set():
            for port in (18080, 18081, 18082):
                s, _, body = http("GET", f"http://127.0.0.1:{port}/q/metrics", timeout=5)
                if s == 200:
                    used = sum(float(l.rsplit(" ", 1)[1]) for l in body.splitlines()
                               if l.startswith("jvm_memory_used_bytes") and 'area="heap"' in l)
                    heap["max"] = max(heap["max"], used)
                    for l in body.splitlines():
                        if l.startswith("sandcastle_queue_depth"):
                            heap["queue_seen"] = True
                            heap["queue_max"] = max(heap["queue_max"], float(l.rsplit(" ", 1)[1]))
                        elif l.startswith("sandcastle_grading_latency_seconds_bucket"):
                            heap["latency_seen"] = True
            time.sleep(2)
    threading.Thread(target=sample_heap, daemon=True).start()

    # 1. kill -9 a grader while it grades
    log("fault 1: kill -9 of grader1 mid-grading")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: submit(players[i % 10], MIX[i % len(MIX)]), range(40)))
    pid = procs["grader1"].pid
    deadline = time.time() + 120
    while time.time() < deadline and sql(f"SELECT count(*) FROM grading_jobs WHERE claimed_by LIKE '%:{pid}/%'") == "0":
        time.sleep(0.2)
    held = sql(f"SELECT count(*) FROM grading_jobs WHERE claimed_by LIKE '%:{pid}/%'")
    workers = children(pid)
    os.killpg(pid, signal.SIGKILL)
    procs["grader1"].wait()
    orphans = await_gone(workers, 15)
    figures["orphans"] = orphans
    figures["faults"].append(f"kill -9 grader1 holding {held} claimed job(s); its {len(workers)} sandbox worker(s) "
                             f"{'all exited' if not orphans else 'SURVIVED: ' + str(orphans)}")
    log(f"killed grader1 (pid {pid}) holding {held} job(s); grader2 must re-grade them after the lease expires")
    start_app("grader1", "grader", 18081)

    # 2. database stop and restart under a stream of submissions
    log("fault 2: PostgreSQL stopped and restarted under a stream of submissions")
    stream = {"503": 0, "problem": 0, "other": [], "running": True, "sent": 0}
    health = []

    def streamer():
        i = 0
        while stream["running"]:
            s, h, b = http("POST", f"/api/missions/{MISSION}/submissions", {"code": CODES["ACCEPTED"], "mode": "check"},
                           players[i % 10], timeout=15)
            stream["sent"] += 1
            if s == 202:
                with lock:
                    accepted[json.loads(b)["id"]] = "ACCEPTED"
            elif s == 503:
                stream["503"] += 1
                if h.get("Content-Type", "").startswith("application/problem+json"):
                    stream["problem"] += 1
            else:
                stream["other"].append(s)
            i += 1
            time.sleep(0.2)
    th = threading.Thread(target=streamer)
    th.start()
    time.sleep(3)
    stop_pg()
    down_at = time.time()
    for _ in range(10):
        health.append(http("GET", "/q/health", timeout=10)[0])
        time.sleep(1)
    start_pg()
    downtime = time.time() - down_at
    log(f"PostgreSQL was down {downtime:.1f} s")
    deadline = time.time() + 60
    while time.time() < deadline:
        s = http("GET", "/q/health", timeout=10)[0]
        health.append(s)
        if s == 200:
            break
        time.sleep(1)
    time.sleep(5)
    stream["running"] = False
    th.join()
    figures["outage_other"] = stream["other"]
    figures["faults"].append(f"PostgreSQL stopped {downtime:.0f} s: {stream['sent']} requests streamed, {stream['503']} answered 503 "
                             f"({stream['problem']} as problem JSON), other failures {sorted(set(stream['other']))}, "
                             f"health {'DOWN(503) then UP(200)' if 503 in health and health[-1] == 200 else health}")
    log(figures["faults"][-1])

    # 3. burst, with SIGTERM of grader2 in the middle of it
    log(f"burst: {args.burst} mixed submissions through the API")
    b0 = time.time()
    kinds = [MIX[i % len(MIX)] for i in range(args.burst)]
    random.Random(7).shuffle(kinds)
    with ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(lambda ik: submit(players[ik[0] % 10], ik[1], retries=3), enumerate(kinds)))
    log(f"burst accepted by the API in {time.time() - b0:.1f} s; rejected: {len([c for c in codes if c != 202])}")
    time.sleep(5)
    pid2 = procs["grader2"].pid
    # signal while a worker runs a player's code (its "sandcastle-guest" thread lives only during a job)
    deadline = time.time() + 120
    while time.time() < deadline and not guest_running(pid2, "grader2"):
        time.sleep(0.1)
    on_worker = guest_running(pid2, "grader2")
    held = sql(f"SELECT count(*) FROM grading_jobs WHERE claimed_by LIKE '%:{pid2}/%'")
    log_before = open(os.path.join(WORK, "grader2.log"), errors="replace").read()
    workers = children(pid2)
    t_term = time.time()
    # SIGTERM to the grader's whole process group (Ctrl-C, kill -- -pgid) and to each of its sandbox
    # workers at the same moment (systemd's KillMode=control-group): the workers' in-flight jobs must go
    # back to the queue uncounted, not end as RUNTIME_ERROR (docs/reliability.md)
    os.killpg(pid2, signal.SIGTERM)
    for w in workers:
        try:
            os.kill(w, signal.SIGTERM)
        except ProcessLookupError:
            pass
    rc = procs["grader2"].wait(timeout=90)
    left = await_gone(workers, 15)
    figures["orphans"] += left
    after = open(os.path.join(WORK, "grader2.log"), errors="replace").read()[len(log_before):]
    stopped = after.count("handing the job back uncounted")
    at_grace = after.count("handed back to the queue at shutdown")
    no_worker = after.count("sandbox unavailable")
    figures["faults"].append(f"SIGTERM to grader2's process group and its {len(workers)} worker(s) holding {held} job(s)"
                             f"{', a guest running' if on_worker else ', no guest running'}: exited {rc} after "
                             f"{time.time() - t_term:.1f} s; handed back uncounted: {stopped} (worker stopped), "
                             f"{at_grace} (end of grace), {no_worker} (waiting for a worker); workers left: {left}")
    log(figures["faults"][-1])
    start_app("grader2", "grader", 18082)

    # 4. wait for every accepted submission
    ids = sorted(accepted)
    deadline = time.time() + GRADE_DEADLINE_S
    while time.time() < deadline:
        left = int(sql(f"SELECT count(*) FROM submissions WHERE status <> 'DONE'"))
        if left == 0:
            break
        log(f"{left} submission(s) still queued or running")
        time.sleep(10 if args.burst <= 200 else 30)
    burst_time = time.time() - b0
    stop_sampling.set()
    metrics = http("GET", "http://127.0.0.1:18081/q/metrics")[2] + http("GET", "http://127.0.0.1:18082/q/metrics")[2]
    gc = gc_figures()
    ooms = [f for f in glob.glob(os.path.join(WORK, "*.log"))
            if not os.path.basename(f).startswith(("gc-", "pg")) and "java.lang.OutOfMemoryError" in open(f, errors="replace").read()]
    latency = sql(f"SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 1) || ' / ' || "
                  f"round(percentile_cont(0.95) WITHIN GROUP (ORDER BY s)::numeric, 1) || ' / ' || round(max(s)::numeric, 1) "
                  f"FROM (SELECT extract(epoch FROM graded_at - created_at) s FROM submissions "
                  f"WHERE created_at >= to_timestamp({b0})) x")

    # 5. verify
    rows = {int(r.split("|")[0]): r.split("|")[1:] for r in sql(
        "SELECT id, status, coalesce(verdict, ''), attempts FROM submissions").splitlines()}
    lost = [i for i in ids if i not in rows or rows[i][0] != "DONE" or not rows[i][1]]
    wrong = [(i, accepted[i], rows[i][1]) for i in ids if i in rows and rows[i][1] != accepted[i]]
    jobs_left = int(sql("SELECT count(*) FROM grading_jobs"))
    points = sql("SELECT count(*) FROM players p WHERE p.points <> "
                 "(SELECT coalesce(sum(ms.points), 0) FROM mission_scores ms WHERE ms.player_id = p.id)")
    solved_wrong = sql("SELECT count(*) FROM players p WHERE p.name LIKE 'chaos-%' AND p.points <> 10 * "
                       "(SELECT count(*) FROM (SELECT 1 FROM submissions s WHERE s.player_id = p.id AND s.verdict = 'ACCEPTED' "
                       "AND s.mode = 'CHECK' LIMIT 1) x)")
    verdicts = sql("SELECT verdict || '=' || count(*) FROM submissions GROUP BY verdict ORDER BY 1").replace("\n", ", ")
    retried = sql("SELECT count(*) FROM submissions WHERE attempts > 1")
    print()
    print("==================== chaos run figures ====================")
    print(f"burst size                 : {args.burst} (mixed: {', '.join(sorted(set(MIX)))})")
    print(f"burst time (submit->graded): {burst_time:.1f} s")
    print(f"accepted submissions       : {len(ids)} in total (kill/outage streams + burst)")
    print(f"verdicts                   : {verdicts}")
    print(f"faults injected            : {len(figures['faults'])}")
    for f in figures["faults"]:
        print(f"  - {f}")
    print(f"re-graded after a fault    : {retried} submission(s) with attempts > 1")
    print(f"submissions lost           : {len(lost)} {lost[:20]}")
    print(f"unexpected verdicts        : {len(wrong)} {wrong[:20]}")
    print(f"jobs left in the queue     : {jobs_left}")
    print(f"points != sum of scores    : {points} player(s); points != 10 x solved: {solved_wrong} player(s)")
    print(f"heap peak (GC logs)        : {gc['peak'] / 2**20:.0f} MiB used before a collection, {gc['committed'] / 2**20:.0f} MiB "
          f"committed, max of {gc['files']} JVM runs with {gc['collections']} collections (each -Xmx{HEAP}); "
          f"per process: {gc['per']}")
    print(f"heap sampled (/q/metrics)  : {heap['max'] / 2**20:.0f} MiB (every 2 s, all 3 JVMs)")
    print(f"OutOfMemoryError           : {len(ooms)} process log(s) {ooms}")
    print(f"orphan sandbox workers     : {len(figures['orphans'])} {figures['orphans']}")
    print(f"burst latency p50/p95/max  : {latency} s (submitted -> graded, from the database)")
    print(f"queue depth (/q/metrics)   : max {heap['queue_max']:.0f} sampled every 2 s; latency histogram "
          f"{'exposed' if heap['latency_seen'] else 'MISSING'}")
    print("metrics (both graders)     : " + "; ".join(l for l in metrics.splitlines()
          if l.startswith(("sandcastle_grading_latency_seconds_count", "sandcastle_grading_latency_seconds_max"))))
    print(f"total run time             : {time.time() - t0:.0f} s; logs in {WORK}")
    within_heap = gc["files"] > 0 and gc["peak"] <= HEAP_BYTES and gc["committed"] <= HEAP_BYTES and not ooms
    server_errors = [c for c in figures["outage_other"] if c >= 500]
    print(f"5xx other than 503 (outage): {len(server_errors)} {server_errors}")
    ok = (not lost and not wrong and jobs_left == 0 and points == "0" and solved_wrong == "0" and within_heap
          and not server_errors
          and not figures["orphans"] and heap["queue_seen"] and heap["latency_seen"])
    print("RESULT                     : " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


def cleanup():
    for p in procs.values():
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs.values():
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
    try:
        stop_pg()
    except Exception:
        pass


code = 2
try:
    code = main()
finally:
    cleanup()
sys.exit(code)
