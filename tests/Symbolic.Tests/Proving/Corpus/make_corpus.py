"""Builds the external-identity corpus for `dlv prove` (tests/Symbolic.Tests/Proving/Corpus).

Truth is decided here, independently of the C# prover: every identity is evaluated exactly (fractions.Fraction) at six
random rational matrix draws (sizes 1-4 per dimension; the first draw gives distinct dimension names distinct sizes from 2 up, so ill-typed mutants fail) that satisfy the
line's hypotheses by construction; an identity is labelled true iff both sides agree at every draw. Mutants are made
from each base identity by textual edits (swap two factors, drop a transpose, change a coefficient, flip a sign) and
labelled by the same evaluation; a mutant that fails to evaluate (ill-typed) is dropped.

Run: python3 make_corpus.py  (deterministic: seed 13). Writes corpus.tsv (expected, source, line) and corpus.txt.
"""
import random
import re
from fractions import Fraction as F

random.seed(13)


class M:
    def __init__(self, rows):
        self.r = [list(map(F, row)) for row in rows]
        self.n, self.m = len(rows), len(rows[0])

    @staticmethod
    def build(n, m, f):
        return M([[f(i, j) for j in range(m)] for i in range(n)])

    @property
    def T(self):
        return M.build(self.m, self.n, lambda i, j: self.r[j][i])

    def __add__(self, o):
        if isinstance(o, Id):
            return self + M.eye(self.n, o.c)
        if not isinstance(o, M):
            if o == 0:
                return self
            if self.n == self.m == 1:
                return S(self.r[0][0] + o)
            raise TypeError("scalar + matrix")
        if (self.n, self.m) != (o.n, o.m):
            raise TypeError("shape")
        return M.build(self.n, self.m, lambda i, j: self.r[i][j] + o.r[i][j])

    __radd__ = __add__

    def __neg__(self):
        return (-1) * self

    def __sub__(self, o):
        return self + (-1) * o

    def __rsub__(self, o):
        return (-1) * self + o

    def __mul__(self, o):
        if isinstance(o, Id):
            return o.c * self
        if not isinstance(o, M):
            return M.build(self.n, self.m, lambda i, j: self.r[i][j] * o)
        if self.m != o.n:
            if self.n == self.m == 1:
                return self.r[0][0] * o
            if o.n == o.m == 1:
                return self * o.r[0][0]
            raise TypeError("inner")
        return M.build(self.n, o.m, lambda i, j: sum(self.r[i][k] * o.r[k][j] for k in range(self.m)))

    def __rmul__(self, c):
        return M.build(self.n, self.m, lambda i, j: c * self.r[i][j])

    def __truediv__(self, c):
        return self * F(1) / c if False else M.build(self.n, self.m, lambda i, j: self.r[i][j] / c)

    def __pow__(self, k):
        if self.n != self.m:
            raise TypeError("power")
        out = M.eye(self.n)
        for _ in range(k):
            out = out * self
        return out

    @staticmethod
    def eye(n, c=1):
        return M.build(n, n, lambda i, j: F(c) if i == j else F(0))

    def __eq__(self, o):
        if isinstance(o, Id):
            return self == M.eye(self.n, o.c)
        if not isinstance(o, M):
            if self.n == self.m == 1:
                return self.r[0][0] == o
            if o == 0:
                return all(x == 0 for row in self.r for x in row)
            raise TypeError("scalar == matrix")
        if (self.n, self.m) != (o.n, o.m):
            raise TypeError("sides of different shapes")
        return self.r == o.r


class Id:
    """c*I of a size the context decides."""

    def __init__(self, c=1):
        self.c = F(c)

    def __mul__(self, o):
        return Id(self.c * o.c) if isinstance(o, Id) else (o * self.c if isinstance(o, M) else Id(self.c * o))

    def __rmul__(self, c):
        return Id(self.c * c)

    def __add__(self, o):
        if isinstance(o, Id):
            return Id(self.c + o.c)
        if isinstance(o, M):
            return o + self
        if o == 0:
            return self
        raise TypeError("scalar + I")

    __radd__ = __add__

    def __neg__(self):
        return Id(-self.c)

    def __sub__(self, o):
        return self + (-1) * o

    def __rsub__(self, o):
        return (-1) * self + o

    def __pow__(self, k):
        return Id(self.c ** k)

    @property
    def T(self):
        return self

    def __eq__(self, o):
        if isinstance(o, Id):
            return self.c == o.c
        if isinstance(o, M):
            return o == self
        raise TypeError("I == scalar")


def S(x):
    return F(x)


def tr(a):
    if isinstance(a, M):
        if a.n != a.m:
            raise TypeError("trace")
        return sum(a.r[i][i] for i in range(a.n))
    if isinstance(a, Id):
        return a.c * CONTEXT["n"]
    return a


def inv(a):
    if isinstance(a, Id):
        return Id(1 / a.c)
    if not isinstance(a, M):
        return 1 / F(a)
    n = a.n
    x = [row[:] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(a.r)]
    for c in range(n):
        p = next((r for r in range(c, n) if x[r][c] != 0), None)
        if p is None:
            raise ZeroDivisionError("singular")
        x[c], x[p] = x[p], x[c]
        pv = x[c][c]
        x[c] = [v / pv for v in x[c]]
        for r in range(n):
            if r != c and x[r][c] != 0:
                f = x[r][c]
                x[r] = [a_ - f * b_ for a_, b_ in zip(x[r], x[c])]
    return M([row[n:] for row in x])


CONTEXT = {}


def rnd(n, m, lo=-3, hi=3):
    return M.build(n, m, lambda i, j: random.randint(lo, hi))


def invertible(n):
    lower = M.build(n, n, lambda i, j: F(1) if i == j else (F(random.randint(-2, 2)) if i > j else F(0)))
    upper = M.build(n, n, lambda i, j: F(1) if i == j else (F(random.randint(-2, 2)) if i < j else F(0)))
    return lower * upper


def family(kind, n, m, partner=None):
    if kind == "sym":
        a = rnd(n, n)
        return a + a.T
    if kind == "skew":
        a = rnd(n, n)
        return a - a.T
    if kind == "orth":  # Cayley transform of a skew matrix: rational orthogonal; leading columns for n x m
        if n < m:
            raise ZeroDivisionError("no orthonormal columns: resample the sizes")
        a = rnd(n, n)
        s = a - a.T
        q = (M.eye(n) - s) * inv(M.eye(n) + s)
        return M.build(n, m, lambda i, j: q.r[i][j])
    if kind in ("idem", "invol", "nil2"):
        v = invertible(n)
        if kind == "idem":
            d = M.build(n, n, lambda i, j: F(random.randint(0, 1)) if i == j else F(0))
        elif kind == "invol":
            d = M.build(n, n, lambda i, j: F(random.choice([-1, 1])) if i == j else F(0))
        else:
            d = M.build(n, n, lambda i, j: F(random.randint(0, 1)) if j == i + 1 and i % 2 == 0 else F(0))
        return v * d * inv(v)
    if kind == "comm":
        return random.randint(-2, 2) * M.eye(n) + random.randint(-2, 2) * partner + random.randint(-1, 1) * (partner * partner)
    raise ValueError(kind)


HYP = {"sym": "{0}' == {0}", "skew": "{0}' == -{0}", "orth": "{0}'*{0} == I", "idem": "{0}*{0} == {0}", "invol": "{0}*{0} == I",
       "nil2": "{0}^2 == 0", "comm": "{1}*{0} == {0}*{1}"}


def to_python(text):
    t = re.sub(r"(\d+)/(\d+)", r"F(\1,\2)", text)
    t = t.replace("^", "**").replace("'", ".T")
    return t


def evaluate(identity, shapes, hyps, draw):
    left, right = identity.split("==")
    names = sorted(set(re.findall(r"\b[A-Za-z]\w*\b", identity)) - {"tr", "inv", "I", "F", "n"})
    sizes = {}
    for k, d in enumerate(sorted({d for s in shapes.values() for d in s} | {"n"})):
        # draw 0 gives distinct sizes to distinct dimension names, so an ill-typed mutant fails to evaluate and is dropped
        sizes[d] = int(d) if d.isdigit() else (2 + k if draw == 0 else random.randint(1, 4))
    CONTEXT["n"] = sizes["n"]
    env = {"F": F, "tr": tr, "inv": inv, "I": Id(), "n": sizes["n"]}
    for d, v in sizes.items():
        env.setdefault(d, v)
    kinds = dict(hyps)
    for name in sorted(names, key=lambda x: 1 if kinds.get(x, ("",))[0] == "comm" else 0):
        r, c = shapes.get(name, ("n", "n"))
        kind = kinds.get(name)
        if kind is None:
            env[name] = rnd(sizes[r], sizes[c])
        elif kind[0] == "comm":
            env[name] = family("comm", sizes[r], sizes[c], env[kind[1]])
        else:
            env[name] = family(kind[0], sizes[r], sizes[c])
    lv = eval(to_python(left), env)
    rv = eval(to_python(right), env)
    return lv == rv if not isinstance(lv, (int, F)) or isinstance(rv, (M, Id)) else (rv == lv if isinstance(rv, (M, Id)) else lv == rv)


def truth(identity, shapes, hyps):
    for draw in range(6):
        for _ in range(20):
            try:
                ok = evaluate(identity, shapes, hyps, draw)
                break
            except ZeroDivisionError:
                continue
        else:
            raise ZeroDivisionError(identity)
        if not ok:
            return False
    return True


def line_text(identity, shapes, hyps):
    parts = [identity]
    for name, kind in hyps:
        parts.append('--assume "' + HYP[kind[0]].format(name, *kind[1:]) + '"')
    for name, (r, c) in sorted(shapes.items()):
        parts.append(f"--shape {name}={r}x{c}")
    return " ".join(parts)


# (source, identity, shapes, hypotheses)
BASE = []


def add(source, identity, shapes=None, hyps=None):
    BASE.append((source, identity, shapes or {}, hyps or []))


CB = "Matrix Cookbook"
SY = "SymPy matrices/expressions tests"
# Basic laws (Matrix Cookbook section 1, SymPy test_transpose / test_matmul / test_trace)
add(CB + " (1.2) transpose of product", "(A*B)' == B'*A'")
add(CB + " (1.2)", "(A*B*C)' == C'*B'*A'")
add(CB + " (1.2)", "(A + B)' == A' + B'")
add(SY + " test_transpose", "(A')' == A")
add(SY + " test_transpose", "((A*B)')' == A*B")
add(CB + " (1.1) inverse of product", "inv(A*B) == inv(B)*inv(A)")
add(CB + " (1.1)", "inv(A*B*C) == inv(C)*inv(B)*inv(A)")
add(CB + " (1.1)", "inv(A') == inv(A)'")
add(SY + " test_inverse", "inv(inv(A)) == A")
add(SY + " test_inverse", "A*inv(A) == I")
add(SY + " test_inverse", "inv(A)*A*B == B")
add(SY + " test_inverse", "inv(2*A) == 1/2*inv(A)")
add(CB + " (1.3) trace linearity", "tr(A + B) == tr(A) + tr(B)")
add(CB + " (1.3)", "tr(2*A - 3*B) == 2*tr(A) - 3*tr(B)")
add(CB + " (1.3)", "tr(A') == tr(A)")
add(CB + " (16) cyclic", "tr(A*B) == tr(B*A)")
add(CB + " (16) cyclic", "tr(A*B*C) == tr(B*C*A)")
add(CB + " (16) cyclic", "tr(A*B*C*D) == tr(D*A*B*C)")
add(CB + " (16)", "tr(A*B*C) == tr(C'*B'*A')")
add(CB + " (1.3)", "tr(A'*B) == tr(B'*A)")
add(CB + " (1.3)", "tr(A'*B) == tr(A*B')")
add(SY + " test_trace", "tr(I) == n")
add(SY + " test_trace", "tr(A + I) == tr(A) + n")
add(SY + " test_trace", "tr(2*A) == 2*tr(A)")
add(CB + " (1.3) frobenius", "tr((A+B)'*(A+B)) == tr(A'*A) + 2*tr(A'*B) + tr(B'*B)")
add(CB + " (1.3)", "tr((A-B)*(A-B)') == tr(A*A') - 2*tr(A*B') + tr(B*B')")
add(CB + " (1.3)", "tr(A)*tr(B) == tr(B)*tr(A)")
add(CB + " (1.3)", "tr(A*tr(B)) == tr(A)*tr(B)")
add(SY + " test_matmul", "A*(B + C) == A*B + A*C")
add(SY + " test_matmul", "(A + B)*C == A*C + B*C")
add(SY + " test_matmul", "(A*B)*C == A*(B*C)")
add(SY + " test_matmul", "2*A*3*B == 6*A*B")
add(SY + " test_matmul", "A*I*B == A*B")
add(SY + " test_matadd", "A + B - A == B")
add(SY + " test_matadd", "A - A == 0")
add(SY + " test_matpow", "A^2*A^3 == A^5")
add(SY + " test_matpow", "(A^2)^3 == A^6")
add(SY + " test_matpow", "A^0 == I")
add(SY + " test_matpow", "(A')^2 == (A^2)'")
add(SY + " test_matpow", "(A + B)^2 == A^2 + A*B + B*A + B^2")
add(SY + " test_matpow", "(A - B)*(A + B) == A^2 + A*B - B*A - B^2")
add(SY + " test_matpow", "(I + A)^2 == I + 2*A + A^2")
add(SY + " test_matpow", "(I - A)*(I + A + A^2) == I - A^3")
add(SY + " test_matpow", "inv(A)^2 == inv(A^2)")
add(SY + " test_matpow", "A^3*inv(A) == A^2")
add(CB + " (1.3)", "tr(A^2) == tr(A*A)")
add(CB + " (1.3)", "tr((A*B)^2) == tr(B*A*B*A)")
add(CB + " (1.3)", "tr(A*B*A'*B') == tr(B'*A*B*A')")
add(CB + " (20) Woodbury-free check", "A*inv(A + B)*B == A*inv(A + B)*B")
add(CB + " (1.2) commutator", "(A*B - B*A)' == B'*A' - A'*B'")
add(CB + " (1.3) commutator", "tr(A*B - B*A) == 0")
add(CB + " (1.3)", "tr(A*(B*C - C*B)) == tr((A*B - B*A)*C)")
add(CB + " (1.3)", "tr(A'*B*C) == tr(C'*B'*A)")
add(CB + " (2.4) quadratic form", "x'*A*x == x'*A'*x", {"x": ("k", "1"), "A": ("k", "k")})
add(CB + " (2.4)", "x'*A*x == tr(A*x*x')", {"x": ("k", "1"), "A": ("k", "k")})
add(CB + " (2.4)", "a'*X*b == tr(b*a'*X)", {"a": ("k", "1"), "b": ("k", "1"), "X": ("k", "k")})
add(CB + " (2.4)", "a'*X'*b == b'*X*a", {"a": ("k", "1"), "b": ("k", "1"), "X": ("k", "k")})
add(CB + " (2.4)", "(a'*b)*c == c*(b'*a)", {"a": ("k", "1"), "b": ("k", "1"), "c": ("k", "1")})
add(CB + " (2.4)", "a'*b == b'*a", {"a": ("k", "1"), "b": ("k", "1")})
add(CB + " (2.4)", "(x + y)'*(x + y) == x'*x + 2*x'*y + y'*y", {"x": ("k", "1"), "y": ("k", "1")})
add(CB + " (2.4) rectangular", "(W*X)' == X'*W'", {"W": ("p", "q"), "X": ("q", "r")})
add(CB + " (2.4) rectangular", "tr(W*X) == tr(X*W)", {"W": ("p", "q"), "X": ("q", "p")})
add(CB + " (2.4) rectangular", "tr(W'*W) == tr(W*W')", {"W": ("p", "q")})
add(CB + " (2.4) rectangular", "W - W == 0", {"W": ("p", "q")})
add(CB + " (2.4) rectangular", "tr((W*V)'*(W*V)) == tr(W'*W*V*V')", {"W": ("p", "q"), "V": ("q", "r")})
add(CB + " (2.4) rectangular", "(W + U)'*(W + U) == W'*W + W'*U + U'*W + U'*U", {"W": ("p", "q"), "U": ("p", "q")})
add("nrt (3.2) depth 2 gradient pieces", "tr((W2*W1*X - Y)'*(W2*W1*X - Y)) == tr(X'*W1'*W2'*W2*W1*X) - 2*tr(Y'*W2*W1*X) + tr(Y'*Y)", {"W1": ("d1", "d0"), "W2": ("d2", "d1"), "X": ("d0", "m"), "Y": ("d2", "m")})
add("nrt (2.3) balancedness", "(W2*W1)'*(W2*W1) == W1'*W2'*W2*W1", {"W1": ("d1", "d0"), "W2": ("d2", "d1")})
add(SY + " test_matexpr scalars", "tr(A) + 1 == 1 + tr(A)")
add(SY + " test_matexpr scalars", "tr(A) + 2*tr(B) == tr(A + 2*B)")
add(SY + " test_matexpr scalars", "tr(A)*B == B*tr(A)")
add(SY + " test_matexpr scalars", "tr(tr(A)*B) == tr(A)*tr(B)")
add(SY + " test_matexpr", "A*B*A' + A*B'*A' == A*(B + B')*A'")
add(SY + " test_matexpr", "(A*B')' + B*A' == 2*B*A'")
# Hypotheses (Matrix Cookbook 9 special matrices; SymPy Q.symmetric / Q.orthogonal assumptions tests)
add(CB + " (9.1) symmetric", "tr(A*B*C) == tr(C*B*A)", {}, [("A", ("sym",)), ("B", ("sym",)), ("C", ("sym",))])
add(CB + " (9.1) symmetric", "(S*T)' == T*S", {}, [("S", ("sym",)), ("T", ("sym",))])
add(CB + " (9.1) symmetric", "x'*S*y == y'*S*x", {"x": ("k", "1"), "y": ("k", "1"), "S": ("k", "k")}, [("S", ("sym",))])
add(CB + " (9.1) symmetric", "tr(S*B) == tr(S*B')", {}, [("S", ("sym",))])
add(CB + " (9.6) skew", "tr(K) == 0", {}, [("K", ("skew",))])
add(CB + " (9.6) skew", "tr(S*K) == 0", {}, [("K", ("skew",)), ("S", ("sym",))])
add(CB + " (9.6) skew", "x'*K*x == 0", {"x": ("k", "1"), "K": ("k", "k")}, [("K", ("skew",))])
add(CB + " (9.6) skew", "(K*K)' == K*K", {}, [("K", ("skew",))])
add(CB + " (9.6) skew", "tr(K*K*K) == 0", {}, [("K", ("skew",))])
add(CB + " (9.3) orthogonal", "(Q*X)'*(Q*X) == X'*X", {}, [("Q", ("orth",))])
add(CB + " (9.3) orthogonal", "tr(Q'*Q*A) == tr(A)", {}, [("Q", ("orth",))])
add(CB + " (9.3) orthogonal", "Q'*Q*Q' == Q'", {}, [("Q", ("orth",))])
add(CB + " (9.3) orthonormal columns", "(Q*A)'*Q*B == A'*B", {"Q": ("r", "q"), "A": ("q", "q"), "B": ("q", "q")}, [("Q", ("orth",))])
add(CB + " (9.8) idempotent", "P*(I - P) == 0", {}, [("P", ("idem",))])
add(CB + " (9.8) idempotent", "(I - P)*(I - P) == I - P", {}, [("P", ("idem",))])
add(CB + " (9.8) idempotent", "P^3 == P", {}, [("P", ("idem",))])
add(CB + " (9.8) idempotent", "tr(P*A*P*P) == tr(P*A)", {}, [("P", ("idem",))])
add(SY + " involutory", "(I + J)*(I - J) == 0", {}, [("J", ("invol",))])
add(SY + " involutory", "J^4 == I", {}, [("J", ("invol",))])
add(SY + " involutory", "J^3 == J", {}, [("J", ("invol",))])
add(CB + " (9.9) nilpotent", "(I + N)*(I - N) == I", {}, [("N", ("nil2",))])
add(CB + " (9.9) nilpotent", "(I + N)^3 == I + 3*N", {}, [("N", ("nil2",))])
add(CB + " (9.9) nilpotent", "N*A*N*N == 0", {}, [("N", ("nil2",))])
add(SY + " commuting", "(A*B)^2 == A^2*B^2", {}, [("B", ("comm", "A"))])
add(SY + " commuting", "(A + B)^2 == A^2 + 2*A*B + B^2", {}, [("B", ("comm", "A"))])
add(SY + " commuting", "A*B*A == A^2*B", {}, [("B", ("comm", "A"))])

# Round 3 (appended after the earlier bases, so their rows and random draws are unchanged). Matrix Cookbook (Petersen &
# Pedersen, version of 2012-11-15), sections not covered above: §3.2.6 "Some useful identities" of inverses, §1.1 traces
# of vector outer products, §9 special matrices under hypotheses not used above, §5.2 2x2 matrices (fixed sizes).
C3 = "Matrix Cookbook r3"
add(C3 + " §3.2.6 sum of inverses", "inv(A) + inv(B) == inv(A)*(A + B)*inv(B)")
add(C3 + " §3.2.6 sum of inverses", "inv(A) + inv(B) == inv(B)*(A + B)*inv(A)")
add(C3 + " §3.2.6 push-through", "inv(I + A*B)*A == A*inv(I + B*A)")
add(C3 + " §3.2.6", "inv(I + inv(A)) == A*inv(A + I)")
add(C3 + " §3.2.6", "A - A*inv(A + B)*A == B - B*inv(A + B)*B")
add(C3 + " §1.1 inverse of transpose product", "inv(A'*B) == inv(B)*inv(A')")
add(C3 + " §1.1 inverse of scaled power", "inv(3*A^2) == 1/3*inv(A)*inv(A)")
add(C3 + " §1.1 trace of outer product", "tr(x*y') == x'*y", {"x": ("k", "1"), "y": ("k", "1")})
add(C3 + " §1.1", "tr(x*x'*A) == x'*A*x", {"x": ("k", "1"), "A": ("k", "k")})
add(C3 + " §1.1", "(x*y')' == y*x'", {"x": ("k", "1"), "y": ("p", "1")})
add(C3 + " §1.1", "x'*y*y'*x == (y'*x)*(x'*y)", {"x": ("k", "1"), "y": ("k", "1")})
add(C3 + " §1.1 rank-one product", "(x*y')*(u*v') == (y'*u)*x*v'", {"x": ("k", "1"), "y": ("k", "1"), "u": ("k", "1"), "v": ("k", "1")})
add(C3 + " §1.1 Frobenius", "tr((A + B)*(A + B)') == tr(A*A') + 2*tr(A*B') + tr(B*B')", {"A": ("p", "q"), "B": ("p", "q")})
add(C3 + " §1.1 rectangular cyclic", "tr(W*V*U) == tr(U*W*V)", {"W": ("p", "q"), "V": ("q", "r"), "U": ("r", "p")})
add(C3 + " §9.1 symmetric congruence", "(A'*S*A)' == A'*S*A", {}, [("S", ("sym",))])
add(C3 + " §9.1 symmetric", "tr(S*(A - A')) == 0", {}, [("S", ("sym",))])
add(C3 + " §9.1 symmetric", "(S*A + A'*S)' == S*A + A'*S", {}, [("S", ("sym",))])
add(C3 + " §9.6 skew", "(A'*K*A)' == -A'*K*A", {}, [("K", ("skew",))])
add(C3 + " §9.6 skew", "tr(K*K') == -tr(K^2)", {}, [("K", ("skew",))])
add(C3 + " §9.3 orthogonal similarity", "tr(Q*A*Q') == tr(A)", {}, [("Q", ("orth",))])
add(C3 + " §9.3 orthogonal similarity", "(Q*A*Q')^2 == Q*A^2*Q'", {}, [("Q", ("orth",))])
add(C3 + " §9.8 idempotent reflection", "(2*P - I)^2 == I", {}, [("P", ("idem",))])
add(C3 + " §9.8 idempotent", "(I - P)*P*A*(I - P) == 0", {}, [("P", ("idem",))])
add(C3 + " §9.8 involution", "(I + J)^2 == 2*(I + J)", {}, [("J", ("invol",))])
add(C3 + " §9.8 involution", "(I + J)*(I - J) == 0*A", {}, [("J", ("invol",))])
add(C3 + " §9.9 nilpotent", "(I - N)*(I + N + 5*N^2) == I", {}, [("N", ("nil2",))])
add(C3 + " §9.9 nilpotent", "N*(A + N)*N == N*A*N", {}, [("N", ("nil2",))])
add(C3 + " commuting", "(A - B)*(A + B) == A^2 - B^2", {}, [("B", ("comm", "A"))])
add(C3 + " commuting", "A^2*B == B*A^2", {}, [("B", ("comm", "A"))])
add(C3 + " §5.2 2x2 Cayley-Hamilton", "A^2 - tr(A)*A + 1/2*(tr(A)^2 - tr(A^2))*I == 0", {"A": ("2", "2")})
add(C3 + " §5.2 2x2", "A*B + B*A - tr(A)*B - tr(B)*A + (tr(A)*tr(B) - tr(A*B))*I == 0", {"A": ("2", "2"), "B": ("2", "2")})

MUTATIONS = [
    ("swap", lambda t: re.sub(r"\b([A-Z]\w*'?)\*([A-Z]\w*'?)", lambda m: m.group(2) + "*" + m.group(1), t, count=1)),
    ("drop-transpose", lambda t: t.replace("'", "", 1)),
    ("coefficient", lambda t: re.sub(r"\b([2-9])\b", lambda m: str(int(m.group(1)) + 1), t, count=1)),
    ("sign", lambda t: t.replace(" + ", " - ", 1) if " + " in t else t.replace(" - ", " + ", 1)),
    ("last-swap", lambda t: re.sub(r"(.*)\b([A-Z]\w*'?)\*([A-Z]\w*'?)", lambda m: m.group(1) + m.group(3) + "*" + m.group(2), t, count=1)),
    ("hypothesis-dropped", None),
]

rows = []
seen = set()
for source, identity, shapes, hyps in BASE:
    candidates = [(source, identity, hyps)]
    for name, mutate in MUTATIONS:
        if mutate is None:
            if hyps:
                candidates.append((source + " mutant: " + name, identity, []))
            continue
        m = mutate(identity)
        if m != identity:
            candidates.append((source + " mutant: " + name, m, hyps))
    for src, ident, hy in candidates:
        text = line_text(ident, shapes, hy)
        if text in seen:
            continue
        try:
            expected = truth(ident, shapes, hy)
        except (TypeError, ZeroDivisionError, SyntaxError, KeyError, NameError, IndexError):
            if src == source:
                raise
            continue
        seen.add(text)
        rows.append(("true" if expected else "false", src, text))

with open("corpus.tsv", "w", encoding="utf-8") as f:
    f.write("# expected\tsource\tline (dlv prove --file syntax); generated by make_corpus.py, truth by exact evaluation\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
with open("corpus.txt", "w", encoding="utf-8") as f:
    f.write("# dlv prove --file corpus: the lines of corpus.tsv without labels (generated by make_corpus.py)\n")
    for r in rows:
        f.write(r[2] + "\n")
print(len(BASE), "base;", len(rows), "lines;", sum(r[0] == "true" for r in rows), "true")
