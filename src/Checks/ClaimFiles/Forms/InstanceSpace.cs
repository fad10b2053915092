using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.ClaimFiles.Generators;
using DeepLinear.Numeric.Errors;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The instances of a numeric claim, compiled from <c>sizes:</c> (size symbols with integer ranges <c>n: 1..5</c>),
/// <c>over:</c> (variables drawn by generator expressions, in the order written, each able to use the sizes and the
/// variables before it) and <c>where:</c> (hypotheses as conditions; an instance that fails one is rejected — counted,
/// never tested). Instance i is drawn from <see cref="SeededRandom.For"/>(seed i): sizes first (uniform), then the
/// variables. The family's description is generated from the same generator table that samples it.
/// </summary>
public sealed class InstanceSpace
{
    private readonly List<(string Name, int Min, int Max)> sizes = [];
    private readonly List<(string Name, Expr Expr)> over = [];
    private readonly List<(string Text, Expr Expr)> where = [];

    /// <summary>Compiles <c>sizes:</c>, <c>over:</c> and <c>where:</c> of a check mapping.</summary>
    /// <param name="node">The check mapping.</param>
    /// <exception cref="ClaimFileException">A malformed range, expression or duplicate name.</exception>
    public InstanceSpace(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text, at) in node.Map("sizes"))
        {
            CheckName(node, "sizes", name, at, names);
            var (min, max) = ParseRange(node, "sizes." + name, text, at);
            sizes.Add((name, min, max));
        }

        foreach (var (name, text, at) in node.Map("over"))
        {
            CheckName(node, "over", name, at, names);
            over.Add((name, node.Expression("over." + name, text, at)));
        }

        foreach (var (text, at) in node.Strings("where"))
        {
            where.Add((text, node.Expression("where", text, at)));
        }
    }

    /// <summary>The instance family in words: sizes, each variable's generator description, the hypotheses.</summary>
    public string Family
    {
        get
        {
            var parts = new List<string>();
            parts.AddRange(sizes.Select(s => s.Min == s.Max
                ? string.Create(CultureInfo.InvariantCulture, $"{s.Name} = {s.Min}")
                : string.Create(CultureInfo.InvariantCulture, $"{s.Name} uniform in {s.Min}..{s.Max}")));
            parts.AddRange(over.Select(o => o.Name + ": " + GeneratorLibrary.Describe(o.Expr)));
            if (where.Count > 0)
            {
                parts.Add("where " + string.Join(" and ", where.Select(w => w.Text)));
            }

            return parts.Count == 0 ? "no variables" : string.Join("; ", parts);
        }
    }

    /// <summary>The <c>over:</c> names with their expressions, in order.</summary>
    public IReadOnlyList<(string Name, Expr Expr)> Definitions => over;

    /// <summary>The <c>where:</c> conditions, as written and parsed.</summary>
    public IReadOnlyList<(string Text, Expr Expr)> Conditions => where;

    /// <summary>The size symbols with their ranges.</summary>
    public IReadOnlyList<(string Name, int Min, int Max)> Sizes => sizes;

    /// <summary>Draws an instance.</summary>
    /// <param name="seed">The instance seed.</param>
    /// <param name="sizeOverrides">Sizes to use instead of the drawn ones (shrinking); the draws are still made, so the
    /// rest of the stream stays aligned.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ExpressionException">A generator or expression of <c>over:</c>/<c>where:</c> is ill-typed.</exception>
    public SampledInstance Sample(ulong seed, IReadOnlyDictionary<string, int>? sizeOverrides = null)
        => Sample(seed, sizeOverrides, [], null);

    /// <summary>Draws an instance with its uniform draws shifted (<see cref="ShiftedRandom"/>) and some variables
    /// replaced: a point of the tightness search, or a shrunk counterexample. The draws of a replaced variable are still
    /// made, so later variables see the same stream; a replacement outside its generator's support
    /// (<see cref="ValueGenerator.Admits"/>) makes the instance rejected.</summary>
    /// <param name="seed">The instance seed.</param>
    /// <param name="sizeOverrides">Sizes to use instead of the drawn ones, or null.</param>
    /// <param name="shifts">The logit shift of each uniform draw, in draw order (empty: none).</param>
    /// <param name="valueOverrides">Values of <see cref="ShrinkableVariables"/> to use instead of the drawn ones, or null.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ExpressionException">A generator or expression of <c>over:</c>/<c>where:</c> is ill-typed.</exception>
    public SampledInstance Sample(
        ulong seed, IReadOnlyDictionary<string, int>? sizeOverrides, IReadOnlyList<double> shifts, IReadOnlyDictionary<string, ExpressionValue>? valueOverrides)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        var random = new ShiftedRandom(SeededRandom.For(seed), shifts);
        var overrides = valueOverrides ?? new Dictionary<string, ExpressionValue>(StringComparer.Ordinal);
        var scope = new EvaluationScope(random);
        var sizeValues = new List<KeyValuePair<string, int>>();
        foreach (var (name, min, max) in sizes)
        {
            int drawn = random.Next(min, max + 1);
            int value = sizeOverrides is not null && sizeOverrides.TryGetValue(name, out int o) ? o : drawn;
            sizeValues.Add(new(name, value));
            scope.Set(name, ExpressionValue.OfScalar(value));
        }

        var values = new List<KeyValuePair<string, ExpressionValue>>();
        string? outside = null;
        foreach (var (name, expr) in over)
        {
            var value = Guard(() => ExpressionEvaluator.Evaluate(expr, scope), expr);
            if (overrides.TryGetValue(name, out var replaced))
            {
                var call = (CallExpr)expr;
                GeneratorLibrary.TryGetCall(call, out var generator);
                var arguments = call.Arguments.Select(a => Guard(() => ExpressionEvaluator.Evaluate(a, scope), a)).ToList();
                outside ??= generator!.Admits(arguments, replaced) ? null : $"{name} = {replaced} is outside the support of {call}";
                value = replaced;
            }

            values.Add(new(name, value));
            scope.Set(name, value);
        }

        var test = new EvaluationScope();
        foreach (var (name, value) in sizeValues)
        {
            test.Set(name, ExpressionValue.OfScalar(value));
        }

        foreach (var (name, value) in values)
        {
            test.Set(name, value);
        }

        string? rejection = outside;
        foreach (var (text, expr) in where)
        {
            if (rejection is null && !Guard(() => ExpressionEvaluator.EvaluateCondition(expr, test), expr))
            {
                rejection = "where: " + text + " fails";
            }
        }

        return new SampledInstance(seed, sizeValues, values, test, rejection)
        {
            Shifts = shifts,
            Overrides = overrides,
            UniformDraws = random.UniformDraws,
        };
    }

    /// <summary>The <c>over:</c> variables a shrunk counterexample may replace: those drawn by one bare generator call
    /// whose generator states its support and whose arguments draw nothing themselves.</summary>
    public IReadOnlyList<string> ShrinkableVariables => over
        .Where(o => o.Expr is CallExpr c && GeneratorLibrary.TryGetCall(c, out var g) && g.HasSupport
            && (g.IsVariadic || c.Arguments.Count == g.Parameters.Count) && !c.Arguments.Any(DrawsRandomly))
        .Select(o => o.Name).ToList();

    /// <summary>Smaller size assignments to try when shrinking an instance: for each size symbol in turn, every smaller
    /// value from its minimum up, the others kept.</summary>
    /// <param name="instance">The instance to shrink.</param>
    /// <returns>The candidate overrides, smallest first per symbol.</returns>
    public IEnumerable<IReadOnlyDictionary<string, int>> SmallerSizes(SampledInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var current = instance.Sizes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, min, _) in sizes)
        {
            for (int v = min; v < current[name]; v++)
            {
                yield return new Dictionary<string, int>(current, StringComparer.Ordinal) { [name] = v };
            }
        }
    }

    private static bool DrawsRandomly(Expr expr) => expr switch
    {
        CallExpr c => GeneratorLibrary.TryGetCall(c, out _) || c.Arguments.Any(DrawsRandomly),
        BinaryExpr b => DrawsRandomly(b.Left) || DrawsRandomly(b.Right),
        NegateExpr n => DrawsRandomly(n.Operand),
        TransposeExpr t => DrawsRandomly(t.Operand),
        IndexExpr i => DrawsRandomly(i.Target) || DrawsRandomly(i.Index) || (i.Column is not null && DrawsRandomly(i.Column)),
        ComparisonExpr c => DrawsRandomly(c.Left) || DrawsRandomly(c.Right),
        LogicalExpr l => DrawsRandomly(l.Left) || DrawsRandomly(l.Right),
        RangeExpr r => DrawsRandomly(r.From) || DrawsRandomly(r.To) || DrawsRandomly(r.Body),
        _ => false,
    };

    /// <summary>Runs an evaluation, turning numeric-engine argument errors into expression errors at <paramref name="at"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="evaluate">The evaluation.</param>
    /// <param name="at">The expression evaluated.</param>
    /// <returns>The result.</returns>
    public static T Guard<T>(Func<T> evaluate, Expr at)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        ArgumentNullException.ThrowIfNull(at);
        try
        {
            return evaluate();
        }
        catch (NumericException e)
        {
            throw new ExpressionException($"'{at}': {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new ExpressionException($"'{at}': {e.Message}", e);
        }
    }

    private static void CheckName(FormNode node, string key, string name, YamlNode at, HashSet<string> names)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw node.Error(at, key, name, "names are letters, digits and _, starting with a letter");
        }

        if (ExpressionParser.KnownFunctions.Contains(name) || name is "I" or "and" or "or" or "in" or "forall" or "sum")
        {
            throw node.Error(at, key, name, "is the name of a function, generator or keyword; choose another name");
        }

        if (!names.Add(name))
        {
            throw node.Error(at, key, name, "is defined twice (sizes: and over: share one set of names)");
        }
    }

    private static (int Min, int Max) ParseRange(FormNode node, string key, string text, YamlNode at)
    {
        string[] parts = text.Split("..", StringSplitOptions.TrimEntries);
        bool ok = parts.Length is 1 or 2;
        int min = 0, max = 0;
        ok = ok && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out min);
        max = min;
        ok = ok && (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out max));
        if (!ok || min < 0 || max < min || max > 2000)
        {
            throw node.Error(at, key, text, "must be an integer range lo..hi (or one integer) with 0 ≤ lo ≤ hi ≤ 2000");
        }

        return (min, max);
    }
}
