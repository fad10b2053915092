using System.Globalization;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// The search for a refuting witness: exact rational matrices of small sizes (1–3 for every dimension name) consistent
/// with the shapes, satisfying every assumption exactly, at which the expression trees of the two sides evaluate
/// differently. Symbols with a recognized property are drawn from a family that has it by construction (symmetric and
/// skew integer matrices, rational orthogonal matrices and their leading columns, projections, involutions, orthogonal
/// projections and reflections Q·D·Qᵀ for symbols both symmetric and idempotent (or involutive), and
/// nilpotent Jordan forms conjugated by an integer matrix, polynomials in a commuting partner); the other symbols rotate
/// through random integer, signed-permutation, zero and balanced "SVD" families. Every candidate is re-checked against
/// every assumption by the tree evaluator, which is independent of the canonical form.
/// </summary>
internal static class WitnessSearch
{
    /// <summary>A witness: sizes, matrices, scalars, and the two differing values.</summary>
    internal sealed record Found(Dictionary<string, int> Dimensions, Dictionary<string, RationalMatrix> Matrices, Dictionary<string, Rational> Scalars, string LeftValue, string RightValue, bool Differ = true);

    // Implementation note: without assumptions, attempts 0–2 use every dimension 1, 2, 3; later ones random sizes. With
    // assumptions the families of unconstrained symbols rotate (random, signed partial permutations times a common
    // integer — WᵀW and WWᵀ are then multiples of partial identities, which satisfies balancedness-type relations —, zero,
    // and U·Σ·Vᵀ with a common integer Σ and rational orthogonal U, V from a pool of two per size).
    // With anyInstance, the first candidate that meets every assumption and at which both sides evaluate is returned
    // whether or not the sides differ (an instance showing that an identity with inverses is not vacuous).
    public static Found? Find(FreeExpr left, FreeExpr right, IReadOnlyList<(FreeExpr Left, FreeExpr Right)> relations, IReadOnlyList<SymbolProperty> properties, ShapeEnvironment env, int seed, int attempts, bool anyInstance = false)
    {
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        FreeSymbolNames.Collect(left, symbols);
        FreeSymbolNames.Collect(right, symbols);
        foreach (var (l, r) in relations)
        {
            FreeSymbolNames.Collect(l, symbols);
            FreeSymbolNames.Collect(r, symbols);
        }

        var dimensionNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in symbols.Where(s => !env.IsScalar(s) && !env.IsDimension(s)))
        {
            var shape = env.ShapeOf(s);
            foreach (var d in new[] { shape.Rows!, shape.Columns! })
            {
                if (!char.IsAsciiDigit(d[0]))
                {
                    dimensionNames.Add(d);
                }
            }
        }

        foreach (var s in symbols.Where(env.IsDimension))
        {
            dimensionNames.Add(s);
        }

        if (env.DefaultIdentitySize is { } defaultSize)
        {
            dimensionNames.Add(defaultSize);
        }

        var byName = properties.GroupBy(p => p.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var partners = properties.Where(p => p.Kind == PropertyKind.Commuting).ToDictionary(p => p.Other!, p => p.Symbol, StringComparer.Ordinal);
        var random = new Random(seed);
        for (int attempt = 0; attempt < attempts; attempt++)
        {
            var dims = dimensionNames.ToDictionary(d => d, d => attempt < 3 ? attempt + 1 : 1 + random.Next(3), StringComparer.Ordinal);
            int Size(string d) => char.IsAsciiDigit(d[0]) ? int.Parse(d, CultureInfo.InvariantCulture) : dims[d];
            int family = relations.Count == 0 ? 0 : attempt % 4;
            int common = 1 + random.Next(3);
            var sigma = Enumerable.Range(1, 3).OrderBy(_ => random.Next()).ToArray();
            var pools = new Dictionary<int, RationalMatrix[]>();
            RationalMatrix Orthogonal(int size)
            {
                if (!pools.TryGetValue(size, out var pool))
                {
                    pool = [RationalOrthogonal(size, random), RationalOrthogonal(size, random)];
                    pools[size] = pool;
                }

                return pool[random.Next(2)];
            }

            var matrices = new Dictionary<string, RationalMatrix>(StringComparer.Ordinal);
            var scalars = new Dictionary<string, Rational>(StringComparer.Ordinal);
            foreach (var d in dims)
            {
                scalars[d.Key] = d.Value; // dimension names used as scalars
            }

            // Symbols with a commuting partner come after the partner.
            foreach (var s in symbols.OrderBy(s => partners.ContainsKey(s) ? 1 : 0))
            {
                if (env.IsDimension(s))
                {
                    continue;
                }

                if (env.IsScalar(s))
                {
                    scalars[s] = random.Next(-3, 4);
                    continue;
                }

                var shape = env.ShapeOf(s);
                int r = Size(shape.Rows!);
                int c = Size(shape.Columns!);
                if (partners.TryGetValue(s, out var partner) && matrices.TryGetValue(partner, out var p) && r == c && p.Rows == r)
                {
                    matrices[s] = (random.Next(-2, 3) * RationalMatrix.Identity(r, Rational.One)) + (random.Next(-2, 3) * p) + (random.Next(-1, 2) * (p * p));
                    continue;
                }

                var own = byName.TryGetValue(s, out var list) ? list.Where(x => x.Kind != PropertyKind.Commuting).ToList() : [];
                matrices[s] = own.Count > 0
                    ? FromFamilies(own, r, c, random)
                    : family switch
                    {
                        1 => SignedPermutation(r, c, common, random),
                        2 => RationalMatrix.Build(r, c, (_, _) => Rational.Zero),
                        3 => Orthogonal(r) * RationalMatrix.Build(r, c, (i, j) => i == j ? sigma[i] : 0) * Orthogonal(c).Transpose(),
                        _ => RationalMatrix.Build(r, c, (_, _) => random.Next(-3, 4)),
                    };
            }

            int? identitySize = env.DefaultIdentitySize is { } n ? dims[n] : null;
            try
            {
                FreeValue Eval(FreeExpr e) => FreeEvaluator.Evaluate(e, matrices, scalars, identitySize);
                if (!relations.All(rel => Eval(rel.Left).SameAs(Eval(rel.Right))))
                {
                    continue;
                }

                var lv = Eval(left);
                var rv = Eval(right);
                if (anyInstance || !lv.SameAs(rv))
                {
                    return new Found(dims, matrices, scalars.Where(x => !dims.ContainsKey(x.Key)).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal), lv.ToString(), rv.ToString(), !lv.SameAs(rv));
                }
            }
            catch (ArithmeticException)
            {
                // A singular matrix under an inverse: not a candidate.
            }
            catch (InvalidOperationException)
            {
                // A value the candidate cannot give (an identity of undetermined size): not a candidate.
            }
        }

        return null;
    }

    // Several properties of one symbol: a symmetric idempotent is an orthogonal projection Q·D·Qᵀ (D diagonal 0/1), a
    // symmetric involution or symmetric orthogonal matrix a reflection Q·D·Qᵀ (D diagonal ±1), with Q rational orthogonal;
    // a symmetric nilpotent matrix is 0. Other combinations draw from the first property's family (the evaluator then
    // re-checks every assumption, so a candidate that misses one is skipped).
    private static RationalMatrix FromFamilies(IReadOnlyList<SymbolProperty> properties, int rows, int columns, Random random)
    {
        bool Has(PropertyKind kind) => properties.Any(p => p.Kind == kind);
        if (properties.Count > 1 && rows == columns && Has(PropertyKind.Symmetric))
        {
            if (Has(PropertyKind.Nilpotent))
            {
                return RationalMatrix.Build(rows, columns, (_, _) => Rational.Zero);
            }

            bool projection = Has(PropertyKind.Idempotent);
            if (projection || Has(PropertyKind.Involution) || Has(PropertyKind.OrthonormalColumns) || Has(PropertyKind.OrthonormalRows))
            {
                var q = RationalOrthogonal(rows, random);
                var d = RationalMatrix.Build(rows, rows, (i, j) => i != j ? Rational.Zero : projection ? random.Next(2) : (random.Next(2) == 0 ? 1 : -1));
                return q * d * q.Transpose();
            }
        }

        return FromFamily(properties[0], rows, columns, random);
    }

    private static RationalMatrix FromFamily(SymbolProperty property, int rows, int columns, Random random)
    {
        RationalMatrix Random(int r, int c) => RationalMatrix.Build(r, c, (_, _) => random.Next(-3, 4));
        switch (property.Kind)
        {
            case PropertyKind.Symmetric:
                {
                    var m = Random(rows, columns);
                    return m + m.Transpose();
                }

            case PropertyKind.Skew:
                {
                    var m = Random(rows, columns);
                    return m + (Rational.MinusOne * m.Transpose());
                }

            case PropertyKind.OrthonormalColumns when rows >= columns:
                {
                    var q = RationalOrthogonal(rows, random);
                    return RationalMatrix.Build(rows, columns, (i, j) => q[i, j]);
                }

            case PropertyKind.OrthonormalRows when columns >= rows:
                {
                    var q = RationalOrthogonal(columns, random);
                    return RationalMatrix.Build(rows, columns, (i, j) => q[i, j]);
                }

            case PropertyKind.Idempotent:
                return Conjugated(rows, i => random.Next(2), null, random);
            case PropertyKind.Involution:
                return Conjugated(rows, i => random.Next(2) == 0 ? 1 : -1, null, random);
            case PropertyKind.Nilpotent:
                {
                    // Jordan blocks of size at most the index k: ones on the superdiagonal, broken every k positions.
                    int k = Math.Max(1, property.Index);
                    int offset = random.Next(k);
                    return Conjugated(rows, _ => 0, i => random.Next(3) > 0 && (i + offset + 1) % k != 0 ? 1 : 0, random);
                }

            default:
                return Random(rows, columns);
        }
    }

    // V·D·V⁻¹ with D diagonal (plus a superdiagonal) and V a random invertible integer matrix (unit triangular factors).
    private static RationalMatrix Conjugated(int n, Func<int, Rational> diagonal, Func<int, Rational>? superdiagonal, Random random)
    {
        var d = RationalMatrix.Build(n, n, (i, j) => i == j ? diagonal(i) : j == i + 1 && superdiagonal is not null ? superdiagonal(i) : Rational.Zero);
        var lower = RationalMatrix.Build(n, n, (i, j) => i == j ? Rational.One : i > j ? random.Next(-2, 3) : Rational.Zero);
        var upper = RationalMatrix.Build(n, n, (i, j) => i == j ? Rational.One : i < j ? random.Next(-2, 3) : Rational.Zero);
        var v = lower * upper;
        return v * d * v.Inverse()!;
    }

    // A rational orthogonal matrix: a signed permutation times a Givens rotation by the Pythagorean angle (3/5, 4/5).
    private static RationalMatrix RationalOrthogonal(int size, Random random)
    {
        var q = SignedPermutation(size, size, 1, random);
        if (size < 2)
        {
            return q;
        }

        int a = random.Next(size);
        int b = (a + 1 + random.Next(size - 1)) % size;
        var c = new Rational(3, 5);
        var s = new Rational(random.Next(2) == 0 ? 4 : -4, 5);
        var rotation = RationalMatrix.Build(size, size, (i, j) =>
            i == a && j == a ? c : i == b && j == b ? c : i == a && j == b ? -s : i == b && j == a ? s : i == j ? Rational.One : Rational.Zero);
        return q * rotation;
    }

    private static RationalMatrix SignedPermutation(int rows, int columns, int scale, Random random)
    {
        var order = Enumerable.Range(0, columns).OrderBy(_ => random.Next()).ToArray();
        var signs = Enumerable.Range(0, rows).Select(_ => random.Next(2) == 0 ? scale : -scale).ToArray();
        return RationalMatrix.Build(rows, columns, (i, j) => i < columns && order[i] == j ? (Rational)signs[i] : Rational.Zero);
    }

}
