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
            CONTEXT["idem-similarity"] = v
            d = M.build(n, n, lambda i, j: F(random.randint(0, 1)) if i == j else F(0))
        elif kind == "invol":
            d = M.build(n, n, lambda i, j: F(random.choice([-1, 1])) if i == j else F(0))
        else:
            d = M.build(n, n, lambda i, j: F(random.randint(0, 1)) if j == i + 1 and i % 2 == 0 else F(0))
        return v * d * inv(v)
    if kind == "comm":
        return random.randint(-2, 2) * M.eye(n) + random.randint(-2, 2) * partner + random.randint(-1, 1) * (partner * partner)
    # Round 5 families (below; the kinds above draw exactly as before, so the earlier rows are unchanged).
    if kind == "nil3":  # similar to a strictly upper triangular matrix with zero superdiagonal at every third place: N^3 = 0
        v = invertible(n)
        d = M.build(n, n, lambda i, j: F(random.randint(1, 2)) if j == i + 1 and i % 3 != 2 else F(0))
        return v * d * inv(v)
    if kind in ("symidem", "syminvol"):  # Q D Q' with Q rational orthogonal (Cayley) and D diagonal 0/1 or +-1
        a = rnd(n, n)
        s = a - a.T
        q = (M.eye(n) - s) * inv(M.eye(n) + s)
        d = M.build(n, n, lambda i, j: (F(random.randint(0, 1)) if kind == "symidem" else F(random.choice([-1, 1]))) if i == j else F(0))
        return q * d * q.T
    if kind == "unit":  # a rational unit vector: the first column of a Cayley orthogonal matrix
        a = rnd(n, n)
        s = a - a.T
        q = (M.eye(n) - s) * inv(M.eye(n) + s)
        return M.build(n, 1, lambda i, j: q.r[i][0])
    if kind == "rinv":  # B with A*B = I: the inverse of its partner
        return inv(partner)
    if kind == "balbase":  # W1 = U S V' (U, V rational orthogonal, S diagonal); its partner W2 = R S U' has W2'W2 = W1 W1'
        def orth():
            a = rnd(n, n)
            s = a - a.T
            return (M.eye(n) - s) * inv(M.eye(n) + s)
        u, v, r = orth(), orth(), orth()
        sv = M.build(n, n, lambda i, j: F(random.randint(-3, 3)) if i == j else F(0))
        CONTEXT["bal"] = r * sv * u.T
        return u * sv * v.T
    if kind == "bal":
        return CONTEXT["bal"]
    if kind == "commidem":  # an idempotent commuting with its idempotent partner: the same similarity, another 0/1 diagonal
        v = CONTEXT["idem-similarity"]
        d = M.build(n, n, lambda i, j: F(random.randint(0, 1)) if i == j else F(0))
        return v * d * inv(v)
    raise ValueError(kind)


HYP = {"sym": "{0}' == {0}", "skew": "{0}' == -{0}", "orth": "{0}'*{0} == I", "idem": "{0}*{0} == {0}", "invol": "{0}*{0} == I",
       "nil2": "{0}^2 == 0", "comm": "{1}*{0} == {0}*{1}",
       "nil3": "{0}^3 == 0", "symidem": "{0}' == {0}\" --assume \"{0}*{0} == {0}", "syminvol": "{0}' == {0}\" --assume \"{0}*{0} == I",
       "unit": "{0}'*{0} == 1", "rinv": "{1}*{0} == I", "balbase": "", "bal": "{0}'*{0} == {1}*{1}'",
       "commidem": "{0}*{0} == {0}\" --assume \"{0}*{1} == {1}*{0}"}


def to_python(text):
    t = re.sub(r"(\d+)/(\d+)", r"F(\1,\2)", text)
    t = t.replace("^", "**").replace("'", ".T")
    return t


def evaluate(identity, shapes, hyps, draw):
    left, right = identity.split("==")
    names = sorted(set(re.findall(r"\b[A-Za-z]\w*\b", identity)) - {"tr", "trace", "Tr", "inv", "I", "F", "n"})
    sizes = {}
    for k, d in enumerate(sorted({d for s in shapes.values() for d in s} | {"n"})):
        # draw 0 gives distinct sizes to distinct dimension names, so an ill-typed mutant fails to evaluate and is dropped
        sizes[d] = int(d) if d.isdigit() else (2 + k if draw == 0 else random.randint(1, 4))
    CONTEXT["n"] = sizes["n"]
    env = {"F": F, "tr": tr, "trace": tr, "Tr": tr, "inv": inv, "I": Id(), "n": sizes["n"]}
    for d, v in sizes.items():
        env.setdefault(d, v)
    kinds = dict(hyps)
    for name in sorted(names, key=lambda x: 1 if kinds.get(x, ("",))[0] in ("comm", "rinv", "bal", "commidem") else 0):
        r, c = shapes.get(name, ("n", "n"))
        kind = kinds.get(name)
        if kind is None:
            env[name] = rnd(sizes[r], sizes[c])
        elif kind[0] in ("comm", "rinv"):
            env[name] = family(kind[0], sizes[r], sizes[c], env[kind[1]])
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
        if HYP[kind[0]]:
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

# Round 5 (appended after every earlier row is drawn, so those rows and their random draws are unchanged): identities not
# used above, typed as a researcher types them. Plain lines: Matrix Cookbook (Petersen & Pedersen 2012) §1 (polarization,
# parallelogram, commutators, powers of products), §3.2.6 inverses of sums, §5.2 fixed sizes (2x2, 3x3 Cayley-Hamilton,
# 1x1), §9 special matrices (orthogonal, idempotent and symmetric idempotent, involution and symmetric involution,
# nilpotent of order 3, commuting idempotents, unit vectors), scalar typing (traces, dimension names, numbers), the
# language's spellings; and LaTeX lines copied from the five papers (/work/shared/papers) or typed as in them. Every
# base has its mutants; a LaTeX base has a hand-written mutant (its plain text decides the truth here, independently of
# the C# LaTeX reader). The optional `plain` text is what Python evaluates when the typed form is not Python-readable.
R5 = []  # (source, typed line identity, plain identity, shapes, hyps, latex hypothesis texts or None)


def add5(source, identity, shapes=None, hyps=None, plain=None):
    R5.append((source, identity, plain or identity, shapes or {}, hyps or [], None))


def add5_latex(source, latex, plain, mutant_latex, mutant_plain, shapes=None, hyps=None, latex_hyps=None):
    R5.append((source, latex, plain, shapes or {}, hyps or [], latex_hyps or []))
    R5.append((source + " mutant: hand", mutant_latex, mutant_plain, shapes or {}, hyps or [], latex_hyps or []))


C5 = "Matrix Cookbook r5"
S5 = "SymPy-style r5"
H5 = "hypotheses r5"
P5 = "papers LaTeX r5"
add5(C5 + " §1.3 polarization", "tr((A+B)'*(A+B)) - tr((A-B)'*(A-B)) == 4*tr(A'*B)")
add5(C5 + " §1.3 parallelogram", "tr((A+B)'*(A+B)) + tr((A-B)'*(A-B)) == 2*tr(A'*A) + 2*tr(B'*B)")
add5(C5 + " Jacobi identity", "A*(B*C - C*B) - (B*C - C*B)*A + B*(C*A - A*C) - (C*A - A*C)*B + C*(A*B - B*A) - (A*B - B*A)*C == 0")
add5(C5 + " §1 powers of products", "(A*B)^3 == A*(B*A)^2*B")
add5(C5 + " §1 powers of products", "A*(B*A)^4 == (A*B)^4*A")
add5(C5 + " §1.3 trace of powers", "tr((A*B)^2) == tr((B*A)^2)")
add5(C5 + " §1.3", "tr(A'*B*A'*B) == tr(B'*A*B'*A)")
add5(C5 + " §1.2 commutator transpose", "(A*B - B*A)' == -(A'*B' - B'*A')")
add5(C5 + " §1.3 rectangular", "tr(X'*A*X) == tr(A*X*X')", {"X": ("p", "q"), "A": ("p", "p")})
add5(C5 + " §1.1 outer product", "(x*x')^2 == (x'*x)*x*x'", {"x": ("k", "1")})
add5(C5 + " §1.1", "(x'*y)^2 == x'*y*y'*x", {"x": ("k", "1"), "y": ("k", "1")})
add5(C5 + " §2.4 quadratic form", "x'*(A + A')*x == 2*x'*A*x", {"x": ("k", "1"), "A": ("k", "k")})
add5(C5 + " §2.4", "(A*x)'*(A*x) == x'*A'*A*x", {"x": ("q", "1"), "A": ("p", "q")})
add5(S5 + " scalars", "tr(A)^2 == tr(A)*tr(A)")
add5(S5 + " scalars", "tr(tr(A)*B + B) == (tr(A) + 1)*tr(B)")
add5(S5 + " scalars", "tr(A/2) == tr(A)/2")
add5(S5 + " scalars", "(tr(A)*I)*B == tr(A)*B")
add5(S5 + " dimension as scalar", "n*A == tr(I)*A")
add5(S5 + " dimension as scalar", "tr(I + I) == 2*n")
add5(S5 + " scalars", "tr(A*tr(B)*C) == tr(B)*tr(A*C)")
add5(S5 + " matadd", "A^2 - B^2 == (A - B)*(A + B) - A*B + B*A")
add5(S5 + " matpow", "(I - A)*(I + A + A^2 + A^3) == I - A^4")
add5(S5 + " matpow", "(A + B)^3 == A^3 + A^2*B + A*B*A + A*B^2 + B*A^2 + B*A*B + B^2*A + B^3")
add5(S5 + " inverse", "inv(A)*(A + B) == I + inv(A)*B")
add5(S5 + " inverse", "(A + B)*inv(B) == A*inv(B) + I")
add5(S5 + " inverse", "inv(A)*inv(B) == inv(B*A)")
add5(S5 + " inverse", "inv(A^3) == inv(A)^3")
add5(S5 + " inverse", "inv(A')*A' == I")
add5(S5 + " inverse", "tr(inv(A)*B*A) == tr(B)")
add5(S5 + " inverse", "inv(inv(A)*B) == inv(B)*A")
add5(C5 + " §3.2.6 inverse of a sum", "inv(I + A) == I - A*inv(I + A)")
add5(C5 + " §3.2.6 inverse of a sum", "inv(I + A)*A == A*inv(I + A)")
add5(C5 + " §3.2.6 inverse of a sum", "A*inv(I + A) + inv(I + A) == I")
add5(C5 + " §3.2.6 inverse of a sum", "inv(A + B) == inv(A) - inv(A)*inv(inv(A) + inv(B))*inv(A)")
add5(C5 + " §5.2 2x2 commutator squared", "(A*B - B*A)^2 == 1/2*tr((A*B - B*A)^2)*I", {"A": ("2", "2"), "B": ("2", "2")})
add5(C5 + " §5.2 2x2 traceless part", "(A - tr(A)/2*I)^2 == 1/4*(2*tr(A^2) - tr(A)^2)*I", {"A": ("2", "2")})
add5(C5 + " §5.2 3x3 Cayley-Hamilton", "A^3 - tr(A)*A^2 + 1/2*(tr(A)^2 - tr(A^2))*A - 1/6*(tr(A)^3 - 3*tr(A)*tr(A^2) + 2*tr(A^3))*I == 0", {"A": ("3", "3")})
add5(C5 + " 1x1 commute", "A*B*C == C*B*A", {"A": ("1", "1"), "B": ("1", "1"), "C": ("1", "1")})
add5(C5 + " 1x1 trace", "tr(A)*tr(B) == tr(A*B)", {"A": ("1", "1"), "B": ("1", "1")})
add5(C5 + " §1.2 rectangular", "(W*V*U)' == U'*V'*W'", {"W": ("p", "q"), "V": ("q", "r"), "U": ("r", "s")})
add5(C5 + " least squares", "W'*(W*X - Y) == W'*W*X - W'*Y", {"W": ("p", "q"), "X": ("q", "m"), "Y": ("p", "m")})
add5(C5 + " least squares", "tr((W*X - Y)*(W*X - Y)') == tr(W*X*X'*W') - 2*tr(Y*X'*W') + tr(Y*Y')", {"W": ("p", "q"), "X": ("q", "m"), "Y": ("p", "m")})
add5(S5 + " zero of any shape", "2*A - A - A == 0", {"A": ("p", "q")})
add5(S5 + " spellings", "0.5*A + A/2 == A", plain="F(1,2)*A + A/2 == A")
add5(S5 + " spellings", "1e-3*A*1000 == A", plain="F(1,1000)*A*1000 == A")
add5(S5 + " spellings", "A**2*A^{3} == A^(5)", plain="A^2*A^3 == A^5")
add5(S5 + " spellings", "C^12 == C^5*C^7")
add5(S5 + " spellings", "(A^T*B)^T == B^T*A", plain="(A'*B)' == B'*A")
add5(S5 + " spellings", "trace(A*B) == Tr(B*A)")
add5(S5 + " spellings", "(Aᵀ*B)ᵀ == Bᵀ*A", plain="(A'*B)' == B'*A")
add5(S5 + " spellings", "A⁻¹*A² == A", plain="inv(A)*A^2 == A")
add5(H5 + " §9.3 orthogonal", "(Q*A*Q')*(Q*B*Q') == Q*A*B*Q'", {}, [("Q", ("orth",))])
add5(H5 + " §9.3 orthogonal product", "(Q*R)'*(Q*R) == I", {}, [("Q", ("orth",)), ("R", ("orth",))])
add5(H5 + " §9.3 orthogonal, finite dimension", "tr(Q'*A*Q) == tr(A)", {}, [("Q", ("orth",))])
add5(H5 + " §9.3 orthogonal, finite dimension", "Q*Q' == I", {}, [("Q", ("orth",))])
add5(H5 + " §9.8 idempotent", "(I - 2*P)^2 == I", {}, [("P", ("idem",))])
add5(H5 + " §9.8 idempotent", "(P*A*P)*(P*B*P) == P*A*P*B*P", {}, [("P", ("idem",))])
add5(H5 + " §9.8 idempotent", "tr(P*A) == tr(P*A*P)", {}, [("P", ("idem",))])
add5(H5 + " §9.8 idempotent", "(I - P)^3 == I - P", {}, [("P", ("idem",))])
add5(H5 + " commuting idempotents", "(P*Q)^2 == P*Q", {}, [("P", ("idem",)), ("Q", ("commidem", "P"))])
add5(H5 + " commuting idempotents", "(P + Q - P*Q)^2 == P + Q - P*Q", {}, [("P", ("idem",)), ("Q", ("commidem", "P"))])
add5(H5 + " involution", "(I - J)^2 == 2*(I - J)", {}, [("J", ("invol",))])
add5(H5 + " involution", "(J*A*J)^2 == J*A^2*J", {}, [("J", ("invol",))])
add5(H5 + " involution", "(1/2*(I + J))^2 == 1/2*(I + J)", {}, [("J", ("invol",))])
add5(H5 + " involution", "J*A*J*J*B*J == J*A*B*J", {}, [("J", ("invol",))])
add5(H5 + " nilpotent order 3", "(I - N)*(I + N + N^2) == I", {}, [("N", ("nil3",))])
add5(H5 + " nilpotent order 3", "(I + N)^4 == I + 4*N + 6*N^2", {}, [("N", ("nil3",))])
add5(H5 + " nilpotent order 3", "N*N*N*A == 0", {}, [("N", ("nil3",))])
add5(H5 + " commuting", "(A + B)^3 == A^3 + 3*A^2*B + 3*A*B^2 + B^3", {}, [("B", ("comm", "A"))])
add5(H5 + " commuting", "(A*B)^3 == A^3*B^3", {}, [("B", ("comm", "A"))])
add5(H5 + " commuting with an inverse", "inv(A)*B == B*inv(A)", {}, [("B", ("comm", "A"))])
add5(H5 + " symmetric and skew", "tr(S*T*K) == -tr(T*S*K)", {}, [("S", ("sym",)), ("T", ("sym",)), ("K", ("skew",))])
add5(H5 + " symmetric and skew", "tr(S*K*S) == 0", {}, [("S", ("sym",)), ("K", ("skew",))])
add5(H5 + " skew", "(K^3)' == -K^3", {}, [("K", ("skew",))])
add5(H5 + " skew", "x'*K*y == -y'*K*x", {"x": ("k", "1"), "y": ("k", "1"), "K": ("k", "k")}, [("K", ("skew",))])
add5(H5 + " skew", "(I + K)'*(I + K) == I - K^2", {}, [("K", ("skew",))])
add5(H5 + " symmetric congruence", "(A*S*A')' == A*S*A'", {}, [("S", ("sym",))])
add5(H5 + " orthogonal projection", "(I - P)'*(I - P) == I - P", {}, [("P", ("symidem",))])
add5(H5 + " orthogonal projection", "tr(P*A'*A*P) == tr(A*P*A')", {}, [("P", ("symidem",))])
add5(H5 + " symmetric involution", "Q'*Q == I", {}, [("Q", ("syminvol",))])
add5(H5 + " unit vector", "(I - u*u')^2 == I - u*u'", {"u": ("k", "1")}, [("u", ("unit",))])
add5(H5 + " unit vector", "(u*u')^3 == u*u'", {"u": ("k", "1")}, [("u", ("unit",))])
add5(H5 + " balancedness (nrt 2.4)", "(W2*W1)'*(W2*W1) == (W1'*W1)^2", {}, [("W1", ("balbase",)), ("W2", ("bal", "W1"))])
add5(H5 + " balancedness (nrt 2.4)", "W2*W1*W1'*W2' == (W2*W2')^2", {}, [("W1", ("balbase",)), ("W2", ("bal", "W1"))])
add5(H5 + " right inverse", "B*A*B*A == B*A", {}, [("B", ("rinv", "A"))])
add5(H5 + " right inverse", "A*(B*A)^3*B == I", {}, [("B", ("rinv", "A"))])
# LaTeX as typed from the papers (nrt = 000, lcc = 001, trbw = 002, acgh = 003, dhl = 004) and the Cookbook.
BAL = ["W_{j+1}^T W_{j+1} = W_j W_j^T"]
add5_latex(P5 + " nrt (2.4) balanced", "W_{j+1}^T W_{j+1} W_{j+1}^T W_{j+1} = W_j W_j^T W_j W_j^T", "W2'*W2*W2'*W2 == W1*W1'*W1*W1'",
           "W_{j+1}^T W_{j+1} W_{j+1}^T W_{j+1} = W_j^T W_j W_j^T W_j", "W2'*W2*W2'*W2 == W1'*W1*W1'*W1",
           {}, [("W1", ("balbase",)), ("W2", ("bal", "W1"))], BAL)
add5_latex(P5 + " acgh (balanced)", "W_{j+1} W_j W_j^\\top W_{j+1}^\\top = (W_{j+1} W_{j+1}^\\top)^2", "W2*W1*W1'*W2' == (W2*W2')^2",
           "W_{j+1} W_j W_j^\\top W_{j+1}^\\top = (W_{j+1}^\\top W_{j+1})^2", "W2*W1*W1'*W2' == (W2'*W2)^2",
           {}, [("W1", ("balbase",)), ("W2", ("bal", "W1"))], ["W_{j+1}^\\top W_{j+1} = W_j W_j^\\top"])
add5_latex(P5 + " nrt §2 Frobenius", "\\text{tr}(A^T A) = \\text{tr}(A A^T)", "tr(A'*A) == tr(A*A')",
           "\\text{tr}(A^T A) = \\text{tr}(A A)", "tr(A'*A) == tr(A*A)")
add5_latex(P5 + " lcc §2 trace without parentheses", "\\operatorname{tr} \\mathbf{A} \\mathbf{A}^T = \\operatorname{tr} \\mathbf{A}^T \\mathbf{A}", "tr(A*A') == tr(A'*A)",
           "\\operatorname{tr} \\mathbf{A} \\mathbf{A}^T = \\operatorname{tr} \\mathbf{A} \\mathbf{A}", "tr(A*A') == tr(A*A)")
add5_latex(P5 + " nrt §3 gradient", "W X X^T - Y X^T = (W X - Y) X^T", "W*X*X' - Y*X' == (W*X - Y)*X'",
           "W X X^T - Y X^T = (W X + Y) X^T", "W*X*X' - Y*X' == (W*X + Y)*X'", {"W": ("p", "q"), "X": ("q", "m"), "Y": ("p", "m")})
add5_latex(P5 + " acgh §3 transpose of a product", "(W_3 W_2 W_1)^\\top = W_1^\\top W_2^\\top W_3^\\top", "(W3*W2*W1)' == W1'*W2'*W3'",
           "(W_3 W_2 W_1)^\\top = W_3^\\top W_2^\\top W_1^\\top", "(W3*W2*W1)' == W3'*W2'*W1'")
add5_latex(P5 + " lcc Lemma 1 invariant symmetric", "\\frac{1}{2}\\left(W_2^\\top W_2 - W_1 W_1^\\top\\right)^\\top = \\tfrac{1}{2}\\left(W_2^\\top W_2 - W_1 W_1^\\top\\right)",
           "F(1,2)*(W2'*W2 - W1*W1')' == F(1,2)*(W2'*W2 - W1*W1')",
           "\\frac{1}{2}\\left(W_2^\\top W_1 - W_1 W_1^\\top\\right)^\\top = \\tfrac{1}{2}\\left(W_2^\\top W_1 - W_1 W_1^\\top\\right)",
           "F(1,2)*(W2'*W1 - W1*W1')' == F(1,2)*(W2'*W1 - W1*W1')")
add5_latex(P5 + " dhl rank one", "\\left(u v^\\top\\right)^\\top u v^\\top = \\left(u^\\top u\\right) v v^\\top", "(u*v')'*u*v' == (u'*u)*v*v'",
           "\\left(u v^\\top\\right)^\\top u v^\\top = \\left(v^\\top v\\right) u u^\\top", "(u*v')'*u*v' == (v'*v)*u*u'", {"u": ("k", "1"), "v": ("k", "1")})
add5_latex(P5 + " Cookbook (16) cyclic", "\\mathrm{Tr}(A B C) = \\mathrm{Tr}(C A B)", "tr(A*B*C) == tr(C*A*B)",
           "\\mathrm{Tr}(A B C) = \\mathrm{Tr}(A C B)", "tr(A*B*C) == tr(A*C*B)")
add5_latex(P5 + " Cookbook (1.1)", "(A^{-1})^\\top = (A^\\top)^{-1}", "inv(A)' == inv(A')",
           "(A^{-1})^\\top = A^{-1}", "inv(A)' == inv(A)")
add5_latex(P5 + " idempotent", "(I - P)^2 = I - P", "(I - P)^2 == I - P", "(I - P)^2 = I + P", "(I - P)^2 == I + P",
           {}, [("P", ("idem",))], ["P^2 = P"])
add5_latex(P5 + " lcc bold identity", "\\mathbf{A}\\mathbf{I}_n = \\mathbf{A}", "A*I == A", "\\mathbf{A}\\mathbf{I}_n = \\mathbf{A}^\\top", "A*I == A'")
add5_latex(P5 + " cdot", "A \\cdot B^{\\top} = \\left(B A^{\\top}\\right)^{\\top}", "A*B' == (B*A')'", "A \\cdot B^{\\top} = \\left(A B^{\\top}\\right)^{\\top}", "A*B' == (A*B')'")
add5_latex(P5 + " fractions", "\\frac{3}{2} A - \\frac{1}{2} A = A", "F(3,2)*A - F(1,2)*A == A", "\\frac{3}{2} A - \\frac{1}{3} A = A", "F(3,2)*A - F(1,3)*A == A")
add5_latex(P5 + " fractions", "\\frac12 A + \\tfrac12 A = A", "F(1,2)*A + F(1,2)*A == A", "\\frac12 A + \\tfrac13 A = A", "F(1,2)*A + F(1,3)*A == A")
add5_latex(P5 + " skew", "\\operatorname{tr}(K) = 0", "tr(K) == 0", "\\operatorname{tr}(K K) = 0", "tr(K*K) == 0",
           {}, [("K", ("skew",))], ["K^\\top = -K"])
add5_latex(P5 + " quadratic form", "x^\\top A x = x^\\top A^\\top x", "x'*A*x == x'*A'*x", "x^\\top A x = x^\\top A A^\\top x", "x'*A*x == x'*A*A'*x",
           {"x": ("k", "1"), "A": ("k", "k")})
add5_latex(P5 + " Greek step size", "\\eta^2 A = \\eta \\eta A", "A == A", "\\eta^2 A = \\eta A", None)
add5_latex(P5 + " gradient step (nrt (1.3))", "(W - \\eta G)^\\top (W - \\eta G) = W^\\top W - \\eta (G^\\top W + W^\\top G) + \\eta^2 G^\\top G",
           "(W - 2*G)'*(W - 2*G) == W'*W - 2*(G'*W + W'*G) + 4*G'*G",
           "(W - \\eta G)^\\top (W - \\eta G) = W^\\top W - 2\\eta (G^\\top W + W^\\top G) + \\eta^2 G^\\top G",
           "(W - 2*G)'*(W - 2*G) == W'*W - 4*(G'*W + W'*G) + 4*G'*G")
add5_latex(P5 + " trbw (balanced) left-right", "\\left(W_2 W_1\\right)^\\top W_2 W_1 = \\left(W_1^\\top W_1\\right)^2", "(W2*W1)'*W2*W1 == (W1'*W1)^2",
           "\\left(W_2 W_1\\right)^\\top W_2 W_1 = \\left(W_1 W_1^\\top\\right)^2", "(W2*W1)'*W2*W1 == (W1*W1')^2",
           {}, [("W1", ("balbase",)), ("W2", ("bal", "W1"))], ["W_2^\\top W_2 = W_1 W_1^\\top"])
add5_latex(P5 + " Cookbook \\operatorname{Tr}", "\\operatorname{Tr}\\left(A^\\top B\\right) = \\operatorname{Tr}\\left(B^\\top A\\right)", "tr(A'*B) == tr(B'*A)",
           "\\operatorname{Tr}\\left(A^\\top B\\right) = \\operatorname{Tr}\\left(B A\\right)", "tr(A'*B) == tr(B*A)")

rows5 = []
for source, typed, plain, shapes, hyps, latex_hyps in R5:
    candidates = [(source, typed, plain, hyps)]
    if latex_hyps is None:
        for name, mutate in MUTATIONS:
            if mutate is None:
                if hyps:
                    candidates.append((source + " mutant: " + name, typed, plain, []))
                continue
            m = mutate(plain)
            if m != plain and typed == plain:
                candidates.append((source + " mutant: " + name, m, m, hyps))
    elif hyps and "mutant" not in source:
        candidates.append((source + " mutant: hypothesis-dropped", typed, plain, []))
    for src, ident, pl, hy in candidates:
        if latex_hyps is None:
            text = line_text(ident, shapes, hy)
        else:
            text = " ".join([ident, "--latex"] + (['--assume "' + h + '"' for h in latex_hyps] if hy else []) + [f"--shape {k}={r}x{c}" for k, (r, c) in sorted(shapes.items())])
        if text in seen:
            continue
        if pl is None:  # a mutant whose truth is the negation of a scalar-coefficient change (eta^2 A vs eta A): false for eta = 2
            expected = False
        else:
            try:
                expected = truth(pl, shapes, hy)
            except (TypeError, ZeroDivisionError, SyntaxError, KeyError, NameError, IndexError):
                if src == source:
                    raise
                continue
        seen.add(text)
        rows5.append(("true" if expected else "false", src, text))
rows.extend(rows5)
print("round 5:", len(R5), "bases,", len(rows5), "lines,", sum(r[0] == "true" for r in rows5), "true")

with open("corpus.tsv", "w", encoding="utf-8") as f:
    f.write("# expected\tsource\tline (dlv prove --file syntax); generated by make_corpus.py, truth by exact evaluation\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
with open("corpus.txt", "w", encoding="utf-8") as f:
    f.write("# dlv prove --file corpus: the lines of corpus.tsv without labels (generated by make_corpus.py)\n")
    for r in rows:
        f.write(r[2] + "\n")
print(len(BASE), "base;", len(rows), "lines;", sum(r[0] == "true" for r in rows), "true")
