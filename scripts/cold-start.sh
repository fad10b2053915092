#!/usr/bin/env bash
# Cold-start timing of a published `dlv` binary: N fresh processes per command, median and p90 of the wall time and of
# the CPU time (user + sys, from the child's rusage). Nothing is cached between runs except what the OS caches.
#
#   scripts/cold-start.sh [--runs N] [--json] [--bin PATH] [-- ARGS...]
#
# --bin defaults to ./publish/dlv (made by `dotnet publish src/Cli -c Release -r linux-x64 -p:PublishProfile=Aot`,
# README "Fast start-up"). Without `-- ARGS`, four commands are timed: `--version`, `prove "A == A"`, and
# `derive --what gradient|invariant --mode entrywise --depth 4 --dims 2,2,2,2,2 --json` (which also report their own
# `seconds`, the median of which is printed).
# Exit 0 when every run exited 0, 1 otherwise, 2 on a usage error. Measure when the machine is quiet (`uptime`): the
# load average is printed with the numbers.
set -euo pipefail
runs=10
json=0
bin=./publish/dlv
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --json) json=1; shift ;;
    --bin) bin="${2:?--bin needs a path}"; shift 2 ;;
    --) shift; args=("$@"); break ;;
    *) echo "cold-start.sh: unknown option '$1' (options: --runs N, --json, --bin PATH, -- ARGS...)" >&2; exit 2 ;;
  esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "cold-start.sh: --runs '$runs' must be a positive whole number" >&2; exit 2
fi
if [[ ! -x "$bin" ]]; then
  echo "cold-start.sh: --bin '$bin' is not an executable file (publish first; see README, \"Fast start-up\")" >&2; exit 2
fi
exec python3 - "$bin" "$runs" "$json" "${args[@]}" <<'PY'
import json, os, subprocess, sys, time

binary, runs, as_json, args = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4:]
commands = [args] if args else [
    ["--version"],
    ["prove", "A == A"],
    ["derive", "--what", "gradient", "--mode", "entrywise", "--depth", "4", "--dims", "2,2,2,2,2", "--json"],
    ["derive", "--what", "invariant", "--mode", "entrywise", "--depth", "4", "--dims", "2,2,2,2,2", "--json"],
]

def quantile(values, q):
    ordered = sorted(values)
    # Nearest rank: the smallest value with at least q of the runs at or below it.
    rank = max(1, -(-int(q * 1000) * len(ordered) // 1000))
    return ordered[rank - 1]

results, failed = [], False
for command in commands:
    walls, cpus, derive_seconds = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([binary] + command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        failed |= os.waitstatus_to_exitcode(status) != 0
        if command[0] == "derive":
            try:
                derive_seconds.append(json.loads(out)["seconds"])
            except (ValueError, KeyError, TypeError):
                pass
    entry = {
        "command": "dlv " + " ".join(command),
        "runs": runs,
        "wall_median_s": round(quantile(walls, 0.5), 4),
        "wall_p90_s": round(quantile(walls, 0.9), 4),
        "cpu_median_s": round(quantile(cpus, 0.5), 4),
        "cpu_p90_s": round(quantile(cpus, 0.9), 4),
    }
    if derive_seconds:
        entry["derive_seconds_median"] = round(quantile(derive_seconds, 0.5), 4)
    results.append(entry)

load = os.getloadavg()[0]
if as_json:
    print(json.dumps({"binary": os.path.basename(binary), "load_average_1min": round(load, 2), "results": results}, indent=2))
else:
    print(f"load average (1 min) {load:.2f}; {runs} cold runs each")
    for r in results:
        extra = f", derive seconds median {r['derive_seconds_median']:.4f}" if "derive_seconds_median" in r else ""
        print(f"{r['command']}: wall median {r['wall_median_s']:.4f} s, p90 {r['wall_p90_s']:.4f} s; "
              f"CPU median {r['cpu_median_s']:.4f} s, p90 {r['cpu_p90_s']:.4f} s{extra}")
sys.exit(1 if failed else 0)
PY
