using System.CommandLine;
using System.Globalization;
using DeepLinear.Checks.Reports;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv run</c>: one gradient-descent run in the nrt §5 setting (or with Gaussian factors) that writes the trajectory as
/// CSV and a PNG plot of loss and balancedness.
/// </summary>
internal static class RunCommand
{
    private static readonly string[] Inits = ["balanced-orthogonal", "gaussian", "identity"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var depth = new Option<int>("--depth") { Description = "Depth N ≥ 2.", DefaultValueFactory = _ => 3 };
        var width = new Option<int>("--width") { Description = "Input and output width d (nrt §5 widths d₀ = d, d₁ = r, …).", DefaultValueFactory = _ => 20 };
        var rank = new Option<int>("--rank") { Description = "Rank r of the target and bottleneck width d₁.", DefaultValueFactory = _ => 2 };
        var samples = new Option<int>("--samples") { Description = "Sample count m (default 3d).", DefaultValueFactory = _ => 0 };
        var init = new Option<string>("--init") { Description = "Initialization: " + string.Join(", ", Inits) + ".", DefaultValueFactory = _ => "balanced-orthogonal" };
        init.AcceptOnlyFromAmong(Inits);
        var initStd = new Option<double>("--init-std") { Description = "Standard deviation of Gaussian factors (--init gaussian).", DefaultValueFactory = _ => 0.1 };
        var schedule = new Option<string>("--schedule") { Description = "bound (η from nrt (5.1)), constant:η, nrt:a1,a2,γ (nrt (5.2)) or dhl:c,δ.", DefaultValueFactory = _ => "bound" };
        var iterations = new Option<int>("--iterations") { Description = "Iteration budget.", DefaultValueFactory = _ => 2000 };
        var stride = new Option<int>("--stride") { Description = "Record metrics every this many iterations.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of data and initialization.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Output folder for trajectory.csv and trajectory.png.", DefaultValueFactory = _ => "out/run" };
        var command = new Command("run", "Run gradient descent on a deep linear network and write the trajectory (CSV) and a plot (PNG).\n\n"
            + "Examples:\n"
            + "  dlv run --depth 3 --width 20 --schedule bound --iterations 5000\n"
            + "  dlv run --depth 5 --init gaussian --init-std 0.05 --schedule constant:1e-3 --out out/run5\n"
            + "  dlv run --schedule nrt:1e-3,1e-2,0.4\n\n"
            + "Exit codes: 0 the run converged or used its budget, 1 it diverged, 2 usage error.");
        foreach (var o in new Option[] { depth, width, rank, samples, init, initStd, schedule, iterations, stride, seed, output })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            int n = parse.GetValue(depth);
            int d = parse.GetValue(width);
            int r = parse.GetValue(rank);
            if (n < 2)
            {
                throw new CliUsageException("--depth", n.ToString(CultureInfo.InvariantCulture), "must be an integer ≥ 2");
            }

            if (r < 1 || r > d)
            {
                throw new CliUsageException("--rank", r.ToString(CultureInfo.InvariantCulture), $"must lie in [1, --width = {d.ToString(CultureInfo.InvariantCulture)}]");
            }

            int m = parse.GetValue(samples) == 0 ? 3 * d : parse.GetValue(samples);
            var (x, y, balanced) = NrtExperimentSetup.Create(n, d, r, m, parse.GetValue(seed));
            var data = new RegressionData(x, y);
            DeepLinearNetwork start = parse.GetValue(init) switch
            {
                "gaussian" => Initializations.Gaussian(balanced.Dimensions, parse.GetValue(initStd), parse.GetValue(seed) + 7919),
                "identity" => Initializations.Identity(balanced.Dimensions),
                _ => balanced,
            };
            var steps = ParseSchedule(parse.GetValue(schedule)!, start, data, x, y);
            var result = GradientDescent.Run(start, data, new GradientDescentOptions(parse.GetValue(iterations), steps, parse.GetValue(stride)));
            string folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            using (var writer = new StreamWriter(Path.Combine(folder, "trajectory.csv")))
            {
                result.Trajectory.WriteCsv(writer);
            }

            var points = result.Trajectory.Points;
            var xs = points.Select(p => (double)p.Iteration).ToArray();
            var series = new List<PlotSeries> { new("loss L^N", xs, points.Select(p => p.Loss).ToArray()) };
            for (int j = 0; j < n - 1; j++)
            {
                int jj = j;
                series.Add(new PlotSeries($"balancedness j={jj + 1}", xs, points.Select(p => p.Balancedness[jj]).ToArray(), Dashed: true));
            }

            PlotWriter.Write(Path.Combine(folder, "trajectory.png"), $"gradient descent, N = {n}, widths {start.Dimensions}", "iteration", "value", series, logY: true);
            console.Out.WriteLine($"widths {start.Dimensions}; schedule {steps.Description}");
            console.Out.WriteLine($"stopped: {result.Reason} — {result.Message}");
            if (points.Count > 0)
            {
                console.Out.WriteLine($"loss {points[0].Loss.ToString("G6", CultureInfo.InvariantCulture)} → {points[^1].Loss.ToString("G6", CultureInfo.InvariantCulture)} over {points[^1].Iteration.ToString(CultureInfo.InvariantCulture)} iterations");
            }

            console.Out.WriteLine($"wrote {Path.Combine(folder, "trajectory.csv")} and {Path.Combine(folder, "trajectory.png")}");
            return result.Reason == StopReason.Diverged ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static StepSchedule ParseSchedule(string text, DeepLinearNetwork start, RegressionData data, Matrix<double> x, Matrix<double> y)
    {
        string rule = "must be 'bound', 'constant:η', 'nrt:a1,a2,γ' or 'dhl:c,δ' with positive numbers";
        if (text == "bound")
        {
            var svd = x.Svd(computeVectors: false);
            double loss = data.Loss(start.Product());
            return StepSchedule.Constant(NrtStepSizeBound.EtaForBalancedStart(loss, start.Depth, y.L2Norm(), svd.S[^1], svd.S[0], x.TransposeAndMultiply(y).L2Norm()));
        }

        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new CliUsageException("--schedule", text, rule);
        }

        var values = text[(colon + 1)..].Split(',').Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (values.Any(v => !double.IsFinite(v) || v < 0))
        {
            throw new CliUsageException("--schedule", text, rule);
        }

        return (text[..colon], values.Length) switch
        {
            ("constant", 1) => StepSchedule.Constant(values[0]),
            ("nrt", 3) => StepSchedule.NrtDecreasing(values[0], values[1], values[2]),
            ("dhl", 2) => StepSchedule.DhlDecreasing(values[0], values[1]),
            _ => throw new CliUsageException("--schedule", text, rule),
        };
    }
}
