#!/usr/bin/env python3
"""SymPy baseline for `dlv derive --mode entrywise` (issue 13's speed target: dlv's `seconds` <= 1/100 of SymPy's).

Does in SymPy what `dlv derive --what gradient|invariant --mode entrywise --depth N --dims d0,...,dN` does with
symbolic data (X: d0 x m, Y: dN x m, m = 2 samples):
  gradient  -- expand L^N = 1/2 ||W_N...W_1 X - Y||_F^2, differentiate by every entry of every W_j and check that
               the difference from W_{j+1}^T...W_N^T (W X X^T - Y X^T) W_1^T...W_{j-1}^T expands to zero;
  invariant -- the gradient flow dW_j/dt = -grad_{W_j} L^N; check by the chain rule that every entry of
               d/dt (W_{j+1}^T W_{j+1} - W_j W_j^T) expands to zero.
Prints the seconds of each derivation (after import, in-process, median of --runs), as JSON with --json.
Usage: scripts/sympy-derive-baseline.py [--depth 4] [--dims 2,2,2,2,2] [--samples 2] [--runs 3] [--json]
"""
import argparse, json, statistics, sys, time

import sympy as sp


def setup(depth, dims, samples):
    ws = [sp.Matrix(dims[j + 1], dims[j], lambda a, b, j=j: sp.Symbol(f"w{j + 1}_{a}{b}")) for j in range(depth)]
    x = sp.Matrix(dims[0], samples, lambda a, b: sp.Symbol(f"x_{a}{b}"))
    y = sp.Matrix(dims[-1], samples, lambda a, b: sp.Symbol(f"y_{a}{b}"))
    return ws, x, y


def product(ms, rows):
    out = sp.eye(rows)
    for m in ms:
        out = m * out
    return out


def loss(ws, x, y):
    r = product(ws, ws[0].shape[1]) * x - y
    return sp.expand(sum(e ** 2 for e in r) / 2)


def gradients(ws, lexp):
    return [w.applyfunc(lambda e: sp.expand(sp.diff(lexp, e))) for w in ws]


def gradient(depth, dims, samples):
    ws, x, y = setup(depth, dims, samples)
    lexp = loss(ws, x, y)
    grads = gradients(ws, lexp)
    w = product(ws, dims[0])
    core = w * x * x.T - y * x.T
    for j in range(depth):
        left = sp.eye(dims[j + 1])
        for k in range(j + 1, depth):
            left = left * ws[k].T
        right = sp.eye(dims[j])
        for k in range(0, j):
            right = right * ws[k].T
        closed = left * core * right
        assert all(sp.expand(a - b) == 0 for a, b in zip(grads[j], closed)), f"gradient of W{j + 1} differs"


def invariant(depth, dims, samples):
    ws, x, y = setup(depth, dims, samples)
    lexp = loss(ws, x, y)
    grads = gradients(ws, lexp)
    velocity = {}
    for w, g in zip(ws, grads):
        for e, ge in zip(w, g):
            velocity[e] = -ge
    for j in range(depth - 1):
        f = ws[j + 1].T * ws[j + 1] - ws[j] * ws[j].T
        for entry in f:
            dt = sum(sp.diff(entry, v) * velocity[v] for v in entry.free_symbols)
            assert sp.expand(dt) == 0, f"invariant {j + 1} not conserved"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--dims", default="2,2,2,2,2")
    p.add_argument("--samples", type=int, default=2)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    dims = [int(d) for d in a.dims.split(",")]
    if len(dims) != a.depth + 1 or a.runs < 1:
        print("sympy-derive-baseline: --dims needs depth+1 widths and --runs >= 1", file=sys.stderr)
        sys.exit(2)
    out = {"sympy": sp.__version__, "depth": a.depth, "dims": dims, "samples": a.samples}
    for name, fn in (("gradient", gradient), ("invariant", invariant)):
        times = []
        for _ in range(a.runs):
            sp.core.cache.clear_cache()  # SymPy memoizes results; each run starts from an empty cache, as dlv does
            t = time.perf_counter()
            fn(a.depth, dims, a.samples)
            times.append(time.perf_counter() - t)
        out[name + "_seconds"] = round(statistics.median(times), 4)
    if a.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
