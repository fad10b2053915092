using DeepLinear.Checks.ClaimFiles.Generators;

namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// Evaluates expressions of the claim-file language in double precision with MathNet. Singular values (and so
/// <c>norm</c>, <c>smin</c>, <c>smax</c>, <c>sv</c>) come from <see cref="MatrixDiagnostics.SingularValues"/> (scale-safe).
/// Every ill-typed operation (a product with mismatched inner sizes, a sum of different shapes, <c>tr</c> of a
/// non-square matrix, a non-integer index, an unknown name) throws <see cref="ExpressionException"/> naming the
/// sub-expression, the shapes met and the rule broken; the check forms report it as a shape error, never as a crash.
/// </summary>
/// <remarks>
/// The deep-network functions follow the catalog's papers: <c>prod(W)</c> = W_N⋯W₁ (nrt (2.1), acgh (3)),
/// <c>L(W)</c> = the loss ½‖W_N⋯W₁X − Y‖_F², computed from the residual (nrt (1.1) in its m-free form),
/// <c>grad(W, j)</c> = ∇_{Wⱼ}L (nrt (3.2)), <c>balancedness(W)</c> = maxⱼ ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖ (spectral; nrt (2.7),
/// acgh Definition 1), <c>margin(W, Φ)</c> = σ_min(Φ) − ‖W_N⋯W₁ − Φ‖_F (acgh Definition 2).
/// </remarks>
public static partial class ExpressionEvaluator
{
    private const double SymmetryTolerance = 1e-10;

    /// <summary>The built-in functions (generators are listed by <see cref="GeneratorLibrary.Names"/>).</summary>
    public static IReadOnlyList<string> FunctionNames { get; } =
    [
        "norm", "normF", "smin", "smax", "sv", "rank", "det", "lmin", "lmax", "inv", "sqrt", "abs", "exp", "log", "min", "max",
        "tr", "I", "prod", "depth", "rows", "cols", "width", "L", "grad", "balancedness", "balancednessF", "margin",
        "trunc", "projL", "projR", "svdU", "svdS", "svdV", "col", "row", "pinv", "kron", "vec", "diag", "diagonal",
        "psdpow", "endop", "endopinv", "minwidth", "floor", "ceil", "round", "eig", "tuple", "normcdf", "chi2cdf", "betainc", "lgamma",
    ];

    /// <summary>Evaluates <paramref name="expr"/> in <paramref name="scope"/>.</summary>
    /// <param name="expr">The expression.</param>
    /// <param name="scope">The names and, in <c>over:</c>, the random source of generators.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ExpressionException">An ill-typed operation or an unknown name.</exception>
    public static ExpressionValue Evaluate(Expr expr, EvaluationScope scope)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(scope);
        return expr switch
        {
            NumberExpr n => ExpressionValue.OfScalar(n.Value),
            NameExpr n => Lookup(n, scope),
            NegateExpr n => Scale(-1, Evaluate(n.Operand, scope), n),
            TransposeExpr t => Transpose(Evaluate(t.Operand, scope), t),
            IndexExpr { Column: not null } i => Entry(Evaluate(i.Target, scope), scope, i),
            IndexExpr i => Index(Evaluate(i.Target, scope), Integer(Evaluate(i.Index, scope), i.Index, "an index"), i),
            BinaryExpr b => Binary(b, scope),
            CallExpr c => Call(c, scope),
            RangeExpr r => Range(r, scope),
            ComparisonExpr c => ExpressionValue.OfBoolean(Compare(c.Operator, Evaluate(c.Left, scope), Evaluate(c.Right, scope), c)),
            LogicalExpr l => Logical(l, scope),
            _ => throw new ExpressionException($"unsupported expression '{expr}'", expr.Position),
        };
    }

    /// <summary>Evaluates a condition to a truth value.</summary>
    /// <param name="expr">The condition.</param>
    /// <param name="scope">The scope.</param>
    /// <returns>The truth value.</returns>
    /// <exception cref="ExpressionException">The expression is not a condition, or is ill-typed.</exception>
    public static bool EvaluateCondition(Expr expr, EvaluationScope scope)
    {
        var value = Evaluate(expr, scope);
        return value.Kind == ValueKind.Boolean
            ? value.Boolean
            : throw Fail(expr, $"is a {value.DescribeShape()}, but a condition (a comparison, 'and', 'or', 'forall') is required");
    }

    /// <summary>A value as a scalar: a scalar, or a 1×1 matrix.</summary>
    /// <param name="value">The value.</param>
    /// <param name="at">The expression it came from (for the message).</param>
    /// <returns>The number.</returns>
    /// <exception cref="ExpressionException">The value is not a scalar.</exception>
    public static double AsScalar(ExpressionValue value, Expr at)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Kind switch
        {
            ValueKind.Scalar => value.Scalar,
            ValueKind.Matrix when value.Matrix.RowCount == 1 && value.Matrix.ColumnCount == 1 => value.Matrix[0, 0],
            _ => throw Fail(at, $"is a {value.DescribeShape()}, but a scalar is required"),
        };
    }

    /// <summary>A value as an integer (within 10⁻⁹ of one).</summary>
    /// <param name="value">The value.</param>
    /// <param name="at">The expression (for the message).</param>
    /// <param name="what">What the integer is for (<c>an index</c>).</param>
    /// <returns>The integer.</returns>
    /// <exception cref="ExpressionException">The value is not an integer.</exception>
    public static int Integer(ExpressionValue value, Expr at, string what)
    {
        double x = AsScalar(value, at);
        double r = Math.Round(x);
        if (!double.IsFinite(x) || Math.Abs(x - r) > 1e-9 || Math.Abs(r) > int.MaxValue)
        {
            throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"= {x:R}, but {what} must be an integer"));
        }

        return (int)r;
    }

    private static ExpressionException Fail(Expr at, string rule)
        => new($"'{at}' (position {at.Position}) {rule}", at.Position);

    private static ExpressionValue Lookup(NameExpr n, EvaluationScope scope)
    {
        if (scope.TryGet(n.Name, out var value))
        {
            return value;
        }

        if (n.Name == "I")
        {
            return ExpressionValue.OfIdentity(1);
        }

        string known = string.Join(", ", scope.Names.Order(StringComparer.Ordinal));
        throw new ExpressionException(
            $"the name '{n.Name}' (position {n.Position}) is not defined; defined here: {(known.Length == 0 ? "none" : known)} (names come from over:, sizes: and bound indices)",
            n.Position);
    }

    private static ExpressionValue Scale(double c, ExpressionValue v, Expr at) => v.Kind switch
    {
        ValueKind.Scalar => ExpressionValue.OfScalar(c * v.Scalar),
        ValueKind.Identity => ExpressionValue.OfIdentity(c * v.Scalar),
        ValueKind.Matrix => ExpressionValue.OfMatrix(v.Matrix * c),
        _ => throw Fail(at, $"is a {v.DescribeShape()}, which cannot be scaled"),
    };

    private static ExpressionValue Transpose(ExpressionValue v, Expr at) => v.Kind switch
    {
        ValueKind.Scalar or ValueKind.Identity => v,
        ValueKind.Matrix => ExpressionValue.OfMatrix(v.Matrix.Transpose()),
        _ => throw Fail(at, $"transposes a {v.DescribeShape()}"),
    };

    private static ExpressionValue Index(ExpressionValue target, int j, IndexExpr at)
    {
        if (target.Kind != ValueKind.Tuple)
        {
            throw Fail(at, $"indexes a {target.DescribeShape()}; only tuples W = (W1, …, WN) can be indexed");
        }

        if (j < 1 || j > target.Tuple.Count)
        {
            throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"has index {j}, outside 1..{target.Tuple.Count}"));
        }

        return ExpressionValue.OfMatrix(target.Tuple[j - 1]);
    }

    private static ExpressionValue Binary(BinaryExpr b, EvaluationScope scope)
    {
        var left = Evaluate(b.Left, scope);
        var right = Evaluate(b.Right, scope);
        return b.Operator switch
        {
            BinaryOperator.Add => Add(left, right, 1, b),
            BinaryOperator.Subtract => Add(left, right, -1, b),
            BinaryOperator.Multiply => Multiply(left, right, b),
            BinaryOperator.Divide => Scale(1 / AsScalar(right, b.Right), left, b),
            _ => Power(left, right, b),
        };
    }

    private static bool IsScalarLike(ExpressionValue v) => v.Kind == ValueKind.Scalar;

    private static ExpressionValue Add(ExpressionValue a, ExpressionValue b, double sign, BinaryExpr at)
    {
        if (IsScalarLike(a) && IsScalarLike(b))
        {
            return ExpressionValue.OfScalar(a.Scalar + (sign * b.Scalar));
        }

        if (a.Kind == ValueKind.Identity && b.Kind == ValueKind.Identity)
        {
            return ExpressionValue.OfIdentity(a.Scalar + (sign * b.Scalar));
        }

        if (a.Kind == ValueKind.Matrix && b.Kind == ValueKind.Matrix)
        {
            if (a.Matrix.RowCount != b.Matrix.RowCount || a.Matrix.ColumnCount != b.Matrix.ColumnCount)
            {
                throw Fail(at, $"adds a {a.DescribeShape()} and a {b.DescribeShape()}; a sum needs equal shapes");
            }

            return ExpressionValue.OfMatrix(sign > 0 ? a.Matrix + b.Matrix : a.Matrix - b.Matrix);
        }

        if (a.Kind == ValueKind.Matrix && b.Kind == ValueKind.Identity)
        {
            return ExpressionValue.OfMatrix(a.Matrix + IdentityLike(a.Matrix, sign * b.Scalar, at));
        }

        if (a.Kind == ValueKind.Identity && b.Kind == ValueKind.Matrix)
        {
            var m = IdentityLike(b.Matrix, a.Scalar, at);
            return ExpressionValue.OfMatrix(sign > 0 ? m + b.Matrix : m - b.Matrix);
        }

        if (a.Kind == ValueKind.Matrix && b.Kind == ValueKind.Scalar && a.Matrix.RowCount * a.Matrix.ColumnCount == 1)
        {
            return ExpressionValue.OfScalar(a.Matrix[0, 0] + (sign * b.Scalar));
        }

        if (a.Kind == ValueKind.Scalar && b.Kind == ValueKind.Matrix && b.Matrix.RowCount * b.Matrix.ColumnCount == 1)
        {
            return ExpressionValue.OfScalar(a.Scalar + (sign * b.Matrix[0, 0]));
        }

        throw Fail(at, $"adds a {a.DescribeShape()} and a {b.DescribeShape()}; a sum needs equal shapes (write c*I for a multiple of the identity)");
    }

    private static Matrix<double> IdentityLike(Matrix<double> m, double c, Expr at)
    {
        if (m.RowCount != m.ColumnCount)
        {
            throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"adds I to a {m.RowCount}×{m.ColumnCount} matrix; I is square"));
        }

        return Matrix<double>.Build.DenseIdentity(m.RowCount) * c;
    }

    private static ExpressionValue Multiply(ExpressionValue a, ExpressionValue b, Expr at)
    {
        if (a.Kind == ValueKind.Scalar)
        {
            return Scale(a.Scalar, b, at);
        }

        if (b.Kind == ValueKind.Scalar)
        {
            return Scale(b.Scalar, a, at);
        }

        if (a.Kind == ValueKind.Identity)
        {
            return Scale(a.Scalar, b, at);
        }

        if (b.Kind == ValueKind.Identity)
        {
            return Scale(b.Scalar, a, at);
        }

        if (a.Kind == ValueKind.Matrix && b.Kind == ValueKind.Matrix)
        {
            if (a.Matrix.ColumnCount != b.Matrix.RowCount)
            {
                throw Fail(at, string.Create(
                    CultureInfo.InvariantCulture,
                    $"multiplies a {a.DescribeShape()} by a {b.DescribeShape()}; the inner sizes {a.Matrix.ColumnCount} and {b.Matrix.RowCount} differ"));
            }

            return ExpressionValue.OfMatrix(a.Matrix * b.Matrix);
        }

        throw Fail(at, $"multiplies a {a.DescribeShape()} by a {b.DescribeShape()}");
    }

    private static ExpressionValue Power(ExpressionValue a, ExpressionValue e, BinaryExpr at)
    {
        double k = AsScalar(e, at.Right);
        if (a.Kind == ValueKind.Scalar)
        {
            return ExpressionValue.OfScalar(Math.Pow(a.Scalar, k));
        }

        if (a.Kind == ValueKind.Identity)
        {
            return ExpressionValue.OfIdentity(Math.Pow(a.Scalar, k));
        }

        if (a.Kind != ValueKind.Matrix)
        {
            throw Fail(at, $"raises a {a.DescribeShape()} to a power");
        }

        int n = Integer(e, at.Right, "the power of a matrix");
        var m = a.Matrix;
        if (m.RowCount != m.ColumnCount)
        {
            throw Fail(at, $"raises a {a.DescribeShape()} to a power; only square matrices have powers");
        }

        var basis = n < 0 ? Inverse(m, at) : m;
        var result = Matrix<double>.Build.DenseIdentity(m.RowCount);
        for (int i = 0; i < Math.Abs(n); i++)
        {
            result = result * basis;
        }

        return ExpressionValue.OfMatrix(result);
    }

    private static Matrix<double> Inverse(Matrix<double> m, Expr at)
    {
        if (m.RowCount != m.ColumnCount)
        {
            throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"inverts a {m.RowCount}×{m.ColumnCount} matrix; only square matrices have inverses"));
        }

        return m.Inverse();
    }

    private static bool Compare(ComparisonOperator op, ExpressionValue a, ExpressionValue b, ComparisonExpr at)
    {
        if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual && a.Kind == ValueKind.Matrix && b.Kind == ValueKind.Matrix)
        {
            var difference = Add(a, b, -1, new BinaryExpr(BinaryOperator.Subtract, at.Left, at.Right) { Position = at.Position }).Matrix;
            double scale = Math.Max(a.Matrix.FrobeniusNorm(), b.Matrix.FrobeniusNorm());
            bool equal = difference.FrobeniusNorm() <= 1e-12 * (1 + scale);
            return op == ComparisonOperator.Equal ? equal : !equal;
        }

        double x = AsScalar(a, at.Left);
        double y = AsScalar(b, at.Right);
        return op switch
        {
            ComparisonOperator.LessOrEqual => x <= y,
            ComparisonOperator.Less => x < y,
            ComparisonOperator.GreaterOrEqual => x >= y,
            ComparisonOperator.Greater => x > y,
            ComparisonOperator.Equal => x == y,
            _ => x != y,
        };
    }

    private static ExpressionValue Logical(LogicalExpr l, EvaluationScope scope)
    {
        bool left = EvaluateCondition(l.Left, scope);
        if (l.IsAnd ? !left : left)
        {
            return ExpressionValue.OfBoolean(left);
        }

        return ExpressionValue.OfBoolean(EvaluateCondition(l.Right, scope));
    }

    private static ExpressionValue Range(RangeExpr r, EvaluationScope scope)
    {
        int from = Integer(Evaluate(r.From, scope), r.From, "a range bound");
        int to = Integer(Evaluate(r.To, scope), r.To, "a range bound");
        ExpressionValue? accumulator = null;
        for (int j = from; j <= to; j++)
        {
            var inner = scope.Child();
            inner.Set(r.Index, ExpressionValue.OfScalar(j));
            switch (r.Kind)
            {
                case RangeKind.Forall:
                    if (!EvaluateCondition(r.Body, inner))
                    {
                        return ExpressionValue.OfBoolean(false);
                    }

                    break;
                case RangeKind.Sum:
                    var term = Evaluate(r.Body, inner);
                    accumulator = accumulator is null ? term : Add(accumulator, term, 1, new BinaryExpr(BinaryOperator.Add, r.Body, r.Body) { Position = r.Position });
                    break;
                default:
                    var factor = Evaluate(r.Body, inner);
                    accumulator = accumulator is null ? factor : Multiply(factor, accumulator, r);
                    break;
            }
        }

        return r.Kind switch
        {
            RangeKind.Forall => ExpressionValue.OfBoolean(true),
            RangeKind.Sum => accumulator ?? ExpressionValue.OfScalar(0),
            _ => accumulator ?? ExpressionValue.OfIdentity(1),
        };
    }

    private static ExpressionValue Call(CallExpr c, EvaluationScope scope)
    {
        // rank(A) is the numerical rank; rank(r, c, k) the generator of rank-k matrices: the arity decides (TryGetCall).
        if (GeneratorLibrary.TryGetCall(c, out var generator))
        {
            if (scope.Random is null)
            {
                throw Fail(c, $"calls the generator '{c.Function}', which is allowed only in over: (instances are drawn there)");
            }

            var generatorArguments = c.Arguments.Select(a => Evaluate(a, scope)).ToList();
            return generator.Sample(generatorArguments, c, scope.Random);
        }

        var args = c.Arguments.Select(a => Evaluate(a, scope)).ToList();
        switch (c.Function)
        {
            case "min":
            case "max":
                if (args.Count == 0)
                {
                    throw Fail(c, "needs at least one argument");
                }

                var numbers = args.Select((a, i) => AsScalar(a, c.Arguments[i])).ToList();
                return ExpressionValue.OfScalar(c.Function == "min" ? numbers.Min() : numbers.Max());
            case "I" when c.Arguments.Count == 2:
                int identityRows = Integer(args[0], c.Arguments[0], "the rows r of I(r, c)");
                int identityColumns = Integer(args[1], c.Arguments[1], "the columns c of I(r, c)");
                return identityRows >= 1 && identityColumns >= 1
                    ? ExpressionValue.OfMatrix(Matrix<double>.Build.DenseIdentity(identityRows, identityColumns))
                    : throw Fail(c, "needs sizes r, c ≥ 1");
            case "I":
                Arity(c, 1);
                int size = Integer(args[0], c.Arguments[0], "the size of I(n)");
                return size >= 1 ? ExpressionValue.OfMatrix(Matrix<double>.Build.DenseIdentity(size)) : throw Fail(c, "needs a size n ≥ 1");
            case "eig":
                Arity(c, 2);
                var eigenvalues = SymmetricEigenvalues(MatrixArgument(args[0], c, 0), c).OrderByDescending(x => x).ToArray();
                int index = Integer(args[1], c.Arguments[1], "the index k of eig(A, k)");
                return index >= 1 && index <= eigenvalues.Length ? ExpressionValue.OfScalar(eigenvalues[index - 1])
                    : throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for eigenvalue {index}, outside 1..{eigenvalues.Length}"));
            case "sv":
                Arity(c, 2);
                var singular = MatrixDiagnostics.SingularValues(MatrixArgument(args[0], c, 0));
                int k = Integer(args[1], c.Arguments[1], "the index k of sv(A, k)");
                int available = singular.Length;
                return k >= 1 && k <= available ? ExpressionValue.OfScalar(singular[k - 1])
                    : throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for singular value {k}, outside 1..{available}"));
            case "prod":
                return NetworkProduct(c, args);
            case "depth":
                Arity(c, 1);
                return ExpressionValue.OfScalar(TupleArgument(args[0], c, 0).Count);
            case "width":
                Arity(c, 2);
                var tuple = TupleArgument(args[0], c, 0);
                int j = Integer(args[1], c.Arguments[1], "the layer index of width(W, j)");
                return j >= 0 && j <= tuple.Count
                    ? ExpressionValue.OfScalar(j == 0 ? tuple[0].ColumnCount : tuple[j - 1].RowCount)
                    : throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for width d_{j}, outside 0..{tuple.Count}"));
            case "tuple":
                return TupleOf(c, args);
            case "L":
                return Loss(c, args, scope);
            case "grad":
                return Gradient(c, args, scope);
            case "balancedness":
            case "balancednessF":
                Arity(c, 1);
                var network = Network(args[0], c, 0);
                return ExpressionValue.OfScalar(c.Function == "balancedness" ? Balancedness.SpectralConstant(network) : Balancedness.FrobeniusConstant(network));
            case "margin":
                Arity(c, 2);
                var end = args[0].Kind == ValueKind.Tuple ? Network(args[0], c, 0).Product() : MatrixArgument(args[0], c, 0);
                var phi = MatrixArgument(args[1], c, 1);
                if (end.RowCount != phi.RowCount || end.ColumnCount != phi.ColumnCount)
                {
                    throw Fail(c, $"compares a {ExpressionValue.OfMatrix(end).DescribeShape()} with a {args[1].DescribeShape()}; the shapes must agree");
                }

                return ExpressionValue.OfScalar(MatrixDiagnostics.DeficiencyMargin(end, phi));
            case "trunc":
            case "projL":
            case "projR":
            case "svdU":
            case "svdS":
            case "svdV":
            case "col":
            case "row":
            case "pinv":
            case "kron":
            case "vec":
            case "diag":
            case "diagonal":
            case "psdpow":
            case "endop":
            case "endopinv":
            case "minwidth":
            case "floor":
            case "ceil":
            case "round":
                return LinearAlgebra(c, args);
            case "normcdf":
            case "chi2cdf":
            case "betainc":
            case "lgamma":
                return SpecialFunction(c, args);
            default:
                return Unary(c, args);
        }
    }

    private static ExpressionValue Unary(CallExpr c, List<ExpressionValue> args)
    {
        Arity(c, 1);
        var a = args[0];
        if (c.Function is "sqrt" or "abs" or "exp" or "log")
        {
            double x = AsScalar(a, c.Arguments[0]);
            return ExpressionValue.OfScalar(c.Function switch
            {
                "sqrt" => Math.Sqrt(x),
                "abs" => Math.Abs(x),
                "exp" => Math.Exp(x),
                _ => Math.Log(x),
            });
        }

        if ((c.Function is "norm" or "normF" or "tr" or "det") && a.Kind == ValueKind.Scalar)
        {
            return ExpressionValue.OfScalar(c.Function is "tr" or "det" ? a.Scalar : Math.Abs(a.Scalar));
        }

        var m = MatrixArgument(a, c, 0);
        switch (c.Function)
        {
            case "norm":
                return ExpressionValue.OfScalar(MatrixDiagnostics.SpectralNorm(m));
            case "normF":
                return ExpressionValue.OfScalar(m.FrobeniusNorm());
            case "smax":
                return ExpressionValue.OfScalar(MatrixDiagnostics.SpectralNorm(m));
            case "smin":
                return ExpressionValue.OfScalar(MatrixDiagnostics.MinSingularValue(m));
            case "rank":
                return ExpressionValue.OfScalar(MatrixDiagnostics.NumericalRank(m));
            case "tr":
                Square(m, c);
                return ExpressionValue.OfScalar(m.Trace());
            case "det":
                Square(m, c);
                return ExpressionValue.OfScalar(m.Determinant());
            case "inv":
                return ExpressionValue.OfMatrix(Inverse(m, c));
            case "lmin":
            case "lmax":
                var eigen = SymmetricEigenvalues(m, c);
                return ExpressionValue.OfScalar(c.Function == "lmin" ? eigen.Min() : eigen.Max());
            case "rows":
                return ExpressionValue.OfScalar(m.RowCount);
            case "cols":
                return ExpressionValue.OfScalar(m.ColumnCount);
            default:
                throw Fail(c, $"calls '{c.Function}', which is not a function; functions: {string.Join(", ", FunctionNames)}; generators: {string.Join(", ", GeneratorLibrary.Names)}");
        }
    }

    private static double[] SymmetricEigenvalues(Matrix<double> m, CallExpr c)
    {
        Square(m, c);
        double asymmetry = (m - m.Transpose()).FrobeniusNorm();
        if (asymmetry > SymmetryTolerance * (1 + m.FrobeniusNorm()))
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"needs a symmetric matrix, but ‖A − Aᵀ‖_F = {asymmetry:G3}"));
        }

        return m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
    }

    private static void Square(Matrix<double> m, CallExpr c)
    {
        if (m.RowCount != m.ColumnCount)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"needs a square matrix, but the argument is {m.RowCount}×{m.ColumnCount}"));
        }
    }

    private static void Arity(CallExpr c, int count)
    {
        if (c.Arguments.Count != count)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"has {c.Arguments.Count} arguments; {c.Function} takes {count}"));
        }
    }

    private static Matrix<double> MatrixArgument(ExpressionValue v, CallExpr c, int i) => v.Kind switch
    {
        ValueKind.Matrix => v.Matrix,
        _ => throw Fail(c, $"has as argument {i + 1} a {v.DescribeShape()}; {c.Function} needs a matrix"),
    };

    private static IReadOnlyList<Matrix<double>> TupleArgument(ExpressionValue v, CallExpr c, int i) => v.Kind == ValueKind.Tuple
        ? v.Tuple
        : throw Fail(c, $"has as argument {i + 1} a {v.DescribeShape()}; {c.Function} needs a tuple W = (W1, …, WN) from a tuple generator");

    /// <summary>tuple(W₁, …, W_N): the network of the given factors, which must chain (Wⱼ₊₁ has as many columns as Wⱼ has rows).</summary>
    private static ExpressionValue TupleOf(CallExpr c, List<ExpressionValue> args)
    {
        var factors = args.Select((a, i) => MatrixArgument(a, c, i)).ToArray();
        for (int j = 1; j < factors.Length; j++)
        {
            if (factors[j].ColumnCount != factors[j - 1].RowCount)
            {
                throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"has factors that do not chain: argument {j + 1} has {factors[j].ColumnCount} columns, argument {j} has {factors[j - 1].RowCount} rows"));
            }
        }

        return factors.Length > 0 ? ExpressionValue.OfTuple(factors) : throw Fail(c, "has no arguments; tuple needs at least one matrix");
    }

    private static DeepLinearNetwork Network(ExpressionValue v, CallExpr c, int i)
    {
        var factors = TupleArgument(v, c, i);
        for (int j = 1; j < factors.Count; j++)
        {
            if (factors[j].ColumnCount != factors[j - 1].RowCount)
            {
                throw Fail(c, $"has factors that do not chain: {v.DescribeShape()}");
            }
        }

        return new DeepLinearNetwork(factors.ToArray());
    }

    private static ExpressionValue NetworkProduct(CallExpr c, List<ExpressionValue> args)
    {
        if (args.Count is not (1 or 3))
        {
            throw Fail(c, "takes a tuple W (prod(W) = W_N⋯W₁) or a tuple and two layers (prod(W, j, i) = W_j⋯W_i)");
        }

        var network = Network(args[0], c, 0);
        if (args.Count == 1)
        {
            return ExpressionValue.OfMatrix(network.Product());
        }

        int j = Integer(args[1], c.Arguments[1], "the upper layer j of prod(W, j, i)");
        int i = Integer(args[2], c.Arguments[2], "the lower layer i of prod(W, j, i)");
        if (i < 1 || j > network.Depth || j < i - 1)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for W_{j}⋯W_{i}; needs 1 ≤ i ≤ j + 1 and j ≤ N = {network.Depth}"));
        }

        return ExpressionValue.OfMatrix(network.Partial(j, i));
    }

    private static RegressionData Data(CallExpr c, List<ExpressionValue> args, int first, EvaluationScope scope)
    {
        var (xm, ym) = DataMatrices(c, args, first, scope);
        return new RegressionData(xm, ym);
    }

    private static (Matrix<double> X, Matrix<double> Y) DataMatrices(CallExpr c, List<ExpressionValue> args, int first, EvaluationScope scope)
    {
        ExpressionValue? x, y;
        if (args.Count > first)
        {
            if (args.Count != first + 2)
            {
                throw Fail(c, $"takes the data as two further arguments X, Y (or none: then the names X and Y of over: are used)");
            }

            x = args[first];
            y = args[first + 1];
        }
        else if (!scope.TryGet("X", out x) || !scope.TryGet("Y", out y))
        {
            throw Fail(c, "needs data: define X and Y in over: (for example regression data) or pass them as arguments");
        }

        var xm = MatrixArgument(x, c, first);
        var ym = MatrixArgument(y, c, first + 1);
        if (xm.ColumnCount != ym.ColumnCount)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"has X with {xm.ColumnCount} samples (columns) and Y with {ym.ColumnCount}; they must agree"));
        }

        return (xm, ym);
    }

    private static ExpressionValue Loss(CallExpr c, List<ExpressionValue> args, EvaluationScope scope)
    {
        if (args.Count == 0)
        {
            throw Fail(c, "needs the network W (L(W) or L(W, X, Y))");
        }

        var (x, y) = DataMatrices(c, args, 1, scope);
        var end = args[0].Kind == ValueKind.Tuple ? Network(args[0], c, 0).Product() : MatrixArgument(args[0], c, 0);
        if (end.ColumnCount != x.RowCount || end.RowCount != y.RowCount)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"applies a {end.RowCount}×{end.ColumnCount} end-to-end matrix to data with d_x = {x.RowCount}, d_y = {y.RowCount}"));
        }

        // Implementation note: ½‖Y − WX‖²_F from the residual itself, not the covariance form ½‖WS − Q‖²_F + const of
        // RegressionData.Loss, whose constant ½(‖Y‖²_F − ‖Q‖²_F) cancels to round-off of ‖Y‖²_F and so loses all relative
        // precision when the residual is small next to ‖Y‖ (nrt Section 2, L^N = ½‖Y − W_N⋯W₁X‖²_F).
        double residual = (y - (end * x)).FrobeniusNorm();
        return ExpressionValue.OfScalar(0.5 * residual * residual);
    }

    private static ExpressionValue Gradient(CallExpr c, List<ExpressionValue> args, EvaluationScope scope)
    {
        if (args.Count < 2)
        {
            throw Fail(c, "needs the network W and the layer j (grad(W, j) or grad(W, j, X, Y))");
        }

        var network = Network(args[0], c, 0);
        int j = Integer(args[1], c.Arguments[1], "the layer j of grad(W, j)");
        if (j < 1 || j > network.Depth)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for layer {j}, outside 1..{network.Depth}"));
        }

        var data = Data(c, args, 2, scope);
        if (network.Dimensions.InputWidth != data.InputCovariance.RowCount || network.Dimensions.OutputWidth != data.CrossCovariance.RowCount)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"applies a network with d₀ = {network.Dimensions.InputWidth}, d_N = {network.Dimensions.OutputWidth} to data with d_x = {data.InputCovariance.RowCount}, d_y = {data.CrossCovariance.RowCount}"));
        }

        return ExpressionValue.OfMatrix(DeepLinearGradient.Gradient(network, data)[j - 1]);
    }
}
