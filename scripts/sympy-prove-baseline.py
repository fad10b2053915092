#!/usr/bin/env python3
"""SymPy baseline for batches of `dlv prove` (issue 13's batch target: faster per identity than SymPy in-process).

Reads the prover corpus (default tests/Symbolic.Tests/Proving/Corpus/corpus.tsv; lines in `dlv prove --file` syntax)
and, for every line SymPy can express, times in this one warm process what SymPy offers for deciding a matrix
identity: build both sides from MatrixSymbols (dimension names are Symbols, every letter without --shape is n x n),
form lhs - rhs, and call `.doit()` then `expand()`; with hypotheses, `refine(..., Q.symmetric/Q.orthogonal/...)` for
the properties SymPy knows (symmetric, orthogonal; the others have no SymPy assumption and are ignored). SymPy has
decided the identity when the result is zero (ZeroMatrix or 0); nothing else is a verdict (SymPy never refutes).
Lines SymPy cannot read (LaTeX lines, `--latex`; spellings only dlv reads: A^T, trace/Tr, superscripts, A^{3},
e-notation) are skipped and counted. The cache is cleared before every identity so no line profits from an earlier one
(pass --keep-cache to keep it).

Prints the median, p90 and mean wall milliseconds per identity (and the median CPU milliseconds of this thread, which
a loaded machine disturbs less) and how many SymPy decided (JSON with --json), and writes
the lines it timed to --write-lines FILE, so that `dlv prove --file FILE --bench` times dlv on exactly the same
identities.
Usage: scripts/sympy-prove-baseline.py [--corpus corpus.tsv] [--runs 3] [--json] [--write-lines FILE] [--keep-cache]
"""
import argparse, json, re, statistics, sys, time

import sympy as sp
from sympy.core.cache import clear_cache

OPTION = re.compile(r'\s--(assume|shape|latex)\b')


def split_line(text):
    """The identity, its assumptions, shapes, and whether it is LaTeX (the `dlv prove --file` line syntax)."""
    m = OPTION.search(text)
    identity = text if m is None else text[:m.start()]
    rest = "" if m is None else text[m.start():]
    assumptions = re.findall(r'--assume\s+"([^"]*)"', rest)
    shapes = dict((n, (r, c)) for n, r, c in re.findall(r'--shape\s+(\w+)=(\w+)x(\w+)', rest))
    return identity.strip(), assumptions, shapes, "--latex" in rest


UNREADABLE = re.compile(r"\^T|\^\{|\^\(|trace\(|Tr\(|[ᵀ⁻¹²³]|\de-|\*\*")


def to_python(text):
    t = re.sub(r"(\d+)/(\d+)", r"sp.Rational(\1,\2)", text)
    t = re.sub(r"(?<![\w.])(\d+\.\d+)", r"sp.Rational('\1')", t)
    t = t.replace("^", "**").replace("'", ".T")
    return t


class Side:
    """Builds a SymPy expression for one side; numbers are scalars, I the identity of the context's size n."""

    def __init__(self, shapes):
        self.dims = {}
        self.shapes = shapes

    def dim(self, d):
        return int(d) if d.isdigit() else self.dims.setdefault(d, sp.Symbol(d, integer=True, positive=True))

    def env(self, names):
        n = self.dim("n")
        e = {"sp": sp, "tr": sp.Trace, "inv": lambda x: sp.Inverse(x) if isinstance(x, sp.MatrixExpr) else 1 / x, "I": sp.Identity(n), "n": n}
        for name in names:
            r, c = self.shapes.get(name, ("n", "n"))
            e[name] = sp.MatrixSymbol(name, self.dim(r), self.dim(c))
        return e


def build(identity, shapes):
    left, right = identity.split("==")
    names = sorted(set(re.findall(r"\b[A-Za-z]\w*\b", identity)) - {"tr", "inv", "I", "n", "sp", "Rational"})
    for k, (r, c) in shapes.items():
        for d in (r, c):
            if not d.isdigit():
                names = [x for x in names if x != d]
    side = Side(shapes)
    env = side.env(names)
    lv = eval(to_python(left), env)
    rv = eval(to_python(right), env)
    return lv, rv


PROPERTIES = [
    (re.compile(r"^(\w+)' == \1$"), lambda s: sp.Q.symmetric(s)),
    (re.compile(r"^(\w+)'\*\1 == I$"), lambda s: sp.Q.orthogonal(s)),
]


def decide(identity, assumptions, shapes):
    lv, rv = build(identity, shapes)
    if isinstance(rv, (int, sp.Integer)) and rv == 0 and isinstance(lv, sp.MatrixExpr):
        difference = lv
    elif isinstance(lv, (int, sp.Integer)) and lv == 0 and isinstance(rv, sp.MatrixExpr):
        difference = -rv
    else:
        difference = lv - rv
    result = sp.expand(difference.doit())
    facts = []
    for a in assumptions:
        for pattern, fact in PROPERTIES:
            m = pattern.match(a.strip())
            if m:
                facts.append(fact(build(m.group(1) + " == " + m.group(1), shapes)[0]))
    if facts:
        result = sp.refine(result, sp.And(*facts))
    return result == 0 or getattr(result, "is_ZeroMatrix", False) is True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="tests/Symbolic.Tests/Proving/Corpus/corpus.tsv")
    ap.add_argument("--runs", type=int, default=3, help="passes over the corpus; the median per identity is over all passes")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--write-lines", default=None, help="write the timed lines (dlv prove --file syntax) to this file")
    ap.add_argument("--keep-cache", action="store_true")
    args = ap.parse_args()
    if args.runs < 1:
        print("sympy-prove-baseline.py: --runs must be >= 1", file=sys.stderr)
        return 2
    lines = []
    for raw in open(args.corpus, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw or raw.startswith("#"):
            continue
        lines.append(raw.split("\t")[-1])
    usable, skipped = [], 0
    for text in lines:
        identity, assumptions, shapes, latex = split_line(text)
        if latex or UNREADABLE.search(text):
            skipped += 1
            continue
        try:
            build(identity, shapes)
        except Exception:  # a form SymPy cannot build (e.g. a scalar added to a matrix): not timed, counted
            skipped += 1
            continue
        usable.append((text, identity, assumptions, shapes))
    times, cpu, decided, errors = [], [], 0, 0
    for run in range(args.runs):
        for text, identity, assumptions, shapes in usable:
            if not args.keep_cache:
                clear_cache()
            start, start_cpu = time.perf_counter(), time.thread_time()
            try:
                ok = decide(identity, assumptions, shapes)
            except Exception:
                ok = False
                errors += run == 0
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            decided += ok and run == 0
    if args.write_lines:
        with open(args.write_lines, "w", encoding="utf-8") as f:
            f.write("# the corpus lines timed by scripts/sympy-prove-baseline.py (dlv prove --file syntax)\n")
            for text, *_ in usable:
                f.write(text + "\n")
    ordered = sorted(times)
    result = {
        "sympy": sp.__version__,
        "identities": len(usable),
        "skipped": skipped,
        "runs": args.runs,
        "decided_zero": decided,
        "errors": errors,
        "median_ms": round(statistics.median(ordered), 3),
        "p90_ms": round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))], 3),
        "mean_ms": round(statistics.fmean(ordered), 3),
        "cpu_median_ms": round(statistics.median(cpu), 3),
        "load_average": round(__import__("os").getloadavg()[0], 1),
        "cache_cleared": not args.keep_cache,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
