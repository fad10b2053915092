using DeepLinear.Checks.ClaimFiles.Expressions;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// Estimates the work of every numeric check of a claim file from the file alone, before anything runs: the count
/// (instances, trials, or runs × steps), the largest matrix dimension any drawn value can have (from the sizes and the
/// generators' size arguments at their largest), and the operations of one evaluation. <c>dlv check --claims</c>
/// refuses a file whose estimate exceeds its limits, naming the file, line and key; <c>dlv claims validate</c>
/// prints the estimates.
/// </summary>
/// <remarks>
/// <para>The model, per evaluation of the claim (and of <c>over:</c> and <c>where:</c>): every operation (call,
/// arithmetic, comparison, transpose) on d×d matrices costs <see cref="MultiplyAddsPerOperation"/>·d³ multiply-adds
/// times the depth of the largest tuple (an SVD of a small matrix is about 10d³; a product 2d³) plus
/// <see cref="SecondsPerOperation"/> of interpreter overhead; <c>sum</c>/<c>prod</c>/<c>forall</c> multiply their body by
/// the largest value of their range. Multiply-adds are converted at <see cref="MultiplyAddsPerSecond"/> (the rate of
/// <c>derive --max-seconds</c>). A descent step costs 4 products per layer; an adaptive flow is assumed to take
/// <see cref="AdaptiveStepsPerRecord"/> steps per record. Memory: every drawn value and every intermediate of one
/// evaluation at the largest size, 8 bytes an entry.</para>
/// <para>Implementation note: the estimate is an upper-bound style guard, not a prediction: it errs on the long side
/// for small matrices (the built-in catalog's largest estimate is far below the default limit) and is exact in its
/// scaling (d³, counts), which is what refusing an oversized request needs.</para>
/// </remarks>
public static class WorkEstimator
{
    /// <summary>Multiply-adds per second (as <c>derive --max-seconds</c>).</summary>
    public const double MultiplyAddsPerSecond = 1e9;

    /// <summary>Multiply-adds of one matrix operation, in units of d³.</summary>
    public const double MultiplyAddsPerOperation = 10;

    /// <summary>Interpreter overhead of one operation, in seconds.</summary>
    public const double SecondsPerOperation = 1e-6;

    /// <summary>Steps per record assumed for the adaptive (dp54) flow integrator.</summary>
    public const int AdaptiveStepsPerRecord = 50;

    private static readonly string[] TupleGenerators = ["balanced", "nearbalanced", "rankdeficient", "tinyscale", "gaussiantuple"];

    /// <summary>The estimates of every numeric check (and numeric negative control) of a claim file.</summary>
    /// <param name="file">A claim file that has been read (its checks compile).</param>
    /// <returns>One estimate per numeric check, in file order.</returns>
    public static IReadOnlyList<WorkEstimate> Of(ClaimFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = new List<WorkEstimate>();
        foreach (var entry in file.Claims)
        {
            var check = entry.Check.Node;
            AddIfNumeric(result, entry, entry.Check.Form, check, "check");
            if (check.Children.TryGetValue(new YamlScalarNode(ClaimForms.NegativeControlsKey), out var controls) && controls is YamlSequenceNode list)
            {
                int i = 0;
                foreach (var control in list.Children.OfType<YamlMappingNode>())
                {
                    var merged = new YamlMappingNode();
                    foreach (var (key, value) in check.Children.Where(c => c.Key is YamlScalarNode s && s.Value != ClaimForms.NegativeControlsKey && !CheckSpec.FormNames.Contains(s.Value)))
                    {
                        merged.Children[key] = value;
                    }

                    foreach (var (key, value) in control.Children)
                    {
                        merged.Children[key] = value;
                    }

                    string? form = control.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).FirstOrDefault(k => CheckSpec.FormNames.Contains(k));
                    AddIfNumeric(result, entry, form, merged, string.Create(CultureInfo.InvariantCulture, $"check.negative-controls[{i}]"));
                    i++;
                }
            }
        }

        return result;
    }

    private static void AddIfNumeric(List<WorkEstimate> result, ClaimFileEntry entry, string? form, YamlMappingNode check, string prefix)
    {
        if (form is "inequality" or "probability" or "trajectory")
        {
            result.Add(Estimate(entry, form, check, prefix));
        }
    }

    private static WorkEstimate Estimate(ClaimFileEntry entry, string form, YamlMappingNode check, string prefix)
    {
        var bounds = new Bounds();
        double gridPoints = 1;
        foreach (var (name, text) in Pairs(check, "sizes"))
        {
            string[] parts = text.Split("..", StringSplitOptions.TrimEntries);
            int lo = ParseInt(parts[0]), hi = ParseInt(parts[^1]);
            bounds.Integers[name] = Math.Max(lo, hi);
            gridPoints *= Math.Max(1, hi - lo + 1);
        }

        double operations = 0;
        foreach (var (name, text) in Pairs(check, "over"))
        {
            var expr = Parse(text);
            bounds.Values[name] = bounds.ValueBound(expr);
            bounds.Refresh();
            operations += bounds.Operations(expr);
            if (expr is CallExpr { Function: "choose" } choose)
            {
                gridPoints *= choose.Arguments.Count;
            }
        }

        foreach (string text in Strings(check, "where"))
        {
            operations += bounds.Operations(Parse(text));
        }

        double claimOperations = bounds.Operations(Parse(Scalar(check, form) ?? "0"));
        int d = Math.Max(1, bounds.MaxDimension);
        int depth = Math.Max(1, bounds.MaxDepth);
        double operationSeconds = SecondsPerOperation + (MultiplyAddsPerOperation * Math.Pow(d, 3) * depth / MultiplyAddsPerSecond);
        string countKey;
        double runs;
        double seconds;
        if (form == "trajectory")
        {
            var run = Child(check, "run") as YamlMappingNode ?? new YamlMappingNode();
            double seeds = Number(run, "seeds", 3);
            double steps, records;
            if ((Scalar(run, "dynamics") ?? "descent") == "flow")
            {
                records = Number(run, "records", 10);
                steps = (Scalar(run, "integrator") ?? "dp54") == "rk4"
                    ? 4 * Math.Ceiling(Number(run, "time", 1) / Number(run, "step", 1))
                    : AdaptiveStepsPerRecord * records * 6;
            }
            else
            {
                steps = Number(run, "iterations", 200);
                records = steps / Number(run, "record-every", 1);
            }

            runs = seeds * steps;
            double stepSeconds = (4 * depth * SecondsPerOperation) + (4 * 2 * Math.Pow(d, 3) * depth / MultiplyAddsPerSecond);
            seconds = seeds * ((steps * stepSeconds) + (records * claimOperations * operationSeconds) + (operations * operationSeconds));
            countKey = prefix + ".run";
        }
        else
        {
            bool exhaustive = Scalar(check, "exhaustive") == "true";
            runs = form == "probability" ? Number(check, "trials", ProbabilityForm.DefaultTrials)
                : exhaustive ? gridPoints
                : Number(check, "instances", InequalityForm.DefaultInstances) + Number(check, "tightness", InequalityForm.DefaultTightness);
            seconds = runs * (operations + claimOperations) * operationSeconds;
            countKey = prefix + (form == "probability" ? ".trials" : exhaustive ? ".exhaustive" : ".instances");
        }

        double bytes = 8.0 * d * d * depth * (bounds.Values.Count + claimOperations + 4);
        var at = Child(check, countKey[(countKey.LastIndexOf('.') + 1)..]) ?? Child(check, form);
        int line = at is null ? entry.Check.Line : (int)at.Start.Line;
        return new WorkEstimate(entry.Entry.Id, entry.FileName, line, entry.KeyOf(countKey), runs, d, seconds, bytes);
    }

    // Implementation note: the file has been compiled, so every expression parses; a form that reads its text otherwise
    // (a chain a <= b <= c) is counted as the operations of its parts.
    private static Expr Parse(string text)
    {
        try
        {
            return ExpressionParser.Parse(text);
        }
        catch (ExpressionException)
        {
            var parts = text.Split(["<=", ">=", "==", "<", ">"], StringSplitOptions.TrimEntries);
            return new CallExpr("unparsed", parts.Length < 2 ? [] : [.. parts.Select(Parse)]);
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => Child(node, key) is YamlScalarNode s ? s.Value : null;

    private static double Number(YamlMappingNode node, string key, double fallback)
        => double.TryParse(Scalar(node, key), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : fallback;

    private static int ParseInt(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 1;

    private static IEnumerable<(string Name, string Text)> Pairs(YamlMappingNode node, string key)
        => Child(node, key) is YamlMappingNode map
            ? map.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? string.Empty, (c.Value as YamlScalarNode)?.Value ?? "0"))
            : [];

    private static IEnumerable<string> Strings(YamlMappingNode node, string key)
        => Child(node, key) switch
        {
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "0"),
            YamlScalarNode s => [s.Value ?? "0"],
            _ => [],
        };

    /// <summary>Upper bounds of integers and of the matrix dimension and tuple depth of drawn values.</summary>
    private sealed class Bounds
    {
        public Dictionary<string, int> Integers { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (int Dimension, int Depth)> Values { get; } = new(StringComparer.Ordinal);

        public int MaxDimension { get; private set; } = 1;

        public int MaxDepth { get; private set; } = 1;

        public void Refresh()
        {
            MaxDimension = Math.Max(1, Values.Values.Select(v => v.Dimension).DefaultIfEmpty(1).Max());
            MaxDepth = Math.Max(1, Values.Values.Select(v => v.Depth).DefaultIfEmpty(1).Max());
        }

        /// <summary>An upper bound of an integer-valued expression (a size argument).</summary>
        public int Upper(Expr expr) => (int)Math.Clamp(UpperReal(expr), 1, 1e9);

        private double UpperReal(Expr expr) => expr switch
        {
            NumberExpr n => Math.Ceiling(Math.Abs(n.Value)),
            NameExpr x => Integers.TryGetValue(x.Name, out int v) ? v : Values.TryGetValue(x.Name, out var b) ? Math.Max(b.Dimension, MaxDimension) : MaxDimension,
            BinaryExpr { Operator: BinaryOperator.Add } b => UpperReal(b.Left) + UpperReal(b.Right),
            BinaryExpr { Operator: BinaryOperator.Multiply } b => UpperReal(b.Left) * UpperReal(b.Right),
            BinaryExpr { Operator: BinaryOperator.Power } b => Math.Pow(UpperReal(b.Left), UpperReal(b.Right)),
            BinaryExpr b => UpperReal(b.Left),
            NegateExpr n => UpperReal(n.Operand),
            CallExpr { Function: "width" or "rows" or "cols" or "minwidth" } c when c.Arguments.Count > 0 && c.Arguments[0] is NameExpr x && Values.TryGetValue(x.Name, out var b) => b.Dimension,
            CallExpr { Function: "min" } c when c.Arguments.Count > 0 => c.Arguments.Min(UpperReal),
            CallExpr { Function: "max" or "choose" } c when c.Arguments.Count > 0 => c.Arguments.Max(UpperReal),
            CallExpr { Function: "floor" or "ceil" or "round" } c when c.Arguments.Count == 1 => UpperReal(c.Arguments[0]),
            CallExpr { Function: "integer" } c when c.Arguments.Count == 2 => UpperReal(c.Arguments[1]),
            _ => MaxDimension,
        };

        /// <summary>The largest matrix dimension and tuple depth a value can have.</summary>
        public (int Dimension, int Depth) ValueBound(Expr expr)
        {
            if (expr is CallExpr call && Generators.GeneratorLibrary.TryGetCall(call, out _))
            {
                var a = call.Arguments;
                return call.Function switch
                {
                    "gaussian" or "rank" or "whitened" when a.Count >= 2 => (Math.Max(Upper(a[0]), Upper(a[1])), 0),
                    "orthogonal" or "symmetric" or "psd" when a.Count >= 1 => (Upper(a[0]), 0),
                    var t when TupleGenerators.Contains(t) && a.Count >= 3 => (Upper(a[2]), Upper(a[0])),
                    "choose" => a.Select(ValueBound).Aggregate((0, 0), (m, v) => (Math.Max(m.Item1, v.Dimension), Math.Max(m.Item2, v.Depth))),
                    _ => (0, 0),
                };
            }

            return expr switch
            {
                NameExpr x => Values.TryGetValue(x.Name, out var b) ? b : (0, 0),
                NumberExpr => (0, 0),
                _ => Children(expr).Select(ValueBound).Aggregate((0, 0), (m, v) => (Math.Max(m.Item1, v.Dimension), Math.Max(m.Item2, v.Depth))),
            };
        }

        /// <summary>The operations of one evaluation; ranges multiply their body by their largest bound.</summary>
        public double Operations(Expr expr) => expr switch
        {
            NameExpr or NumberExpr => 0,
            RangeExpr r => Operations(r.From) + Operations(r.To) + (Upper(r.To) * (1 + Operations(r.Body))),
            _ => 1 + Children(expr).Sum(Operations),
        };

        private static IEnumerable<Expr> Children(Expr expr) => expr switch
        {
            CallExpr c => c.Arguments,
            BinaryExpr b => [b.Left, b.Right],
            ComparisonExpr c => [c.Left, c.Right],
            LogicalExpr l => [l.Left, l.Right],
            NegateExpr n => [n.Operand],
            TransposeExpr t => [t.Operand],
            IndexExpr i => i.Column is null ? [i.Target, i.Index] : [i.Target, i.Index, i.Column],
            RangeExpr r => [r.From, r.To, r.Body],
            _ => [],
        };
    }
}
