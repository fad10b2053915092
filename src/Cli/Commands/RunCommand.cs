using System.CommandLine;
using System.Globalization;
using DeepLinear.Checks.Reports;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv run</c>: one gradient-descent, gradient-flow or product-flow run from the command line — depth and widths,
/// data, initialization, schedule, iterations (or time), seed — that writes the trajectory as CSV and a PNG plot of
/// the loss and the balancedness. The default is nrt §5: X Gaussian (d × 3d), a rank-r target, the balanced
/// orthogonal initialization and the constant step size of nrt (5.1) with δ of Remark 2.5(b).
/// </summary>
internal static class RunCommand
{
    private static readonly string[] Inits = ["balanced-orthogonal", "balanced", "gaussian", "identity", "acgh"];
    private static readonly string[] DataKinds = ["nrt", "gaussian", "whitened", "autoencoder"];
    private static readonly string[] DynamicsKinds = ["gd", "flow", "product-flow"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var depth = CliOptions.Integer("--depth", "Depth N in [2, 64] (ignored when --widths is given).", 3, 2, 64);
        var width = CliOptions.Integer("--width", "Input and output width d in [1, 4096] (nrt §5 widths d₀ = d, d₁ = r, …).", 20, 1, 4096);
        var widthsOption = new Option<string?>("--widths") { Description = "Explicit widths d₀,d₁,…,d_N (comma-separated, each ≥ 1); the depth is their count − 1." };
        var rank = CliOptions.Integer("--rank", "Rank r of the target (nrt §5: also the bottleneck width d₁).", 2, 1, 4096);
        var samples = CliOptions.Integer("--samples", "Sample count m (default 3d₀).", 0, 1, int.MaxValue);
        var dataKind = CliOptions.OneOf("--data", "Data: nrt (nrt §5), gaussian (X Gaussian, rank-r target), whitened (XXᵀ = I), autoencoder (Y = X).", "nrt", DataKinds);
        var init = CliOptions.OneOf("--init", "Initialization: " + string.Join(", ", Inits) + " (balanced-orthogonal needs --data nrt).", "balanced-orthogonal", Inits);
        var initStd = CliOptions.Number("--init-std", "Scale of random factors (gaussian: std of entries; balanced: std of the product's entries; acgh: s), in (0, 1000].", 0.1, 0, 1000, minExclusive: true);
        var dynamics = CliOptions.OneOf("--dynamics", "gd (gradient descent), flow (adaptive Runge–Kutta gradient flow), product-flow (flow of W = W_N⋯W₁, nrt (2.5)).", "gd", DynamicsKinds);
        var schedule = new Option<string>("--schedule") { Description = "gd step sizes: bound (η of nrt (5.1), needs a balanced start), constant:η, nrt:a1,a2,γ (nrt (5.2)) or dhl:c,δ.", DefaultValueFactory = _ => "bound" };
        var iterations = CliOptions.Integer("--iterations", "gd iteration budget, in [1, 100000000].", 2000, 1, 100_000_000);
        var time = CliOptions.Number("--time", "End time of flow and product-flow, in (0, 1000000].", 10.0, 0, 1e6, minExclusive: true);
        var flowStep = CliOptions.Number("--flow-step", "RK4 step of product-flow, in (0, --time].", 1e-3, 0, 1e6, minExclusive: true);
        var stride = CliOptions.Integer("--stride", "Record metrics every this many iterations (gd, product-flow), in [1, 100000000].", 10, 1, 100_000_000);
        var seed = CliOptions.SmallSeed("--seed", "Seed of data and initialization.", 1);
        var output = CliOptions.OutputFolderOption("--out", "Output folder for trajectory.csv and trajectory.png.", "out/run");
        var command = new Command("run", "Run gradient descent (or a gradient flow) on a deep linear network and write the trajectory (CSV) and a plot (PNG).\n\n"
            + "Examples:\n"
            + "  dlv run --depth 3 --width 20 --schedule bound --iterations 5000\n"
            + "  dlv run --depth 5 --init gaussian --init-std 0.05 --schedule constant:1e-3 --out out/run5\n"
            + "  dlv run --schedule nrt:1e-3,1e-2,0.4\n"
            + "  dlv run --widths 6,4,4,6 --data autoencoder --init balanced --schedule constant:0.01 --seed 3\n"
            + "  dlv run --widths 5,3,5 --data whitened --init balanced --dynamics flow --time 20\n\n"
            + "Exit codes: 0 the run converged or used its budget, 1 it diverged, 2 usage error.");
        var maxMemory = ResourceGuard.MaxMemoryOption();
        var maxSeconds = WorkGuard.MaxSecondsOption();
        foreach (var o in new Option[] { depth, width, widthsOption, rank, samples, dataKind, init, initStd, dynamics, schedule, iterations, time, flowStep, stride, seed, output, maxMemory, maxSeconds })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            int r = parse.GetValue(rank);
            int s = parse.GetValue(seed);
            string data = parse.GetValue(dataKind)!;
            string initName = parse.GetValue(init)!;
            var dims = ResolveWidths(parse.GetValue(widthsOption), parse.GetValue(depth), parse.GetValue(width), r, data);
            int m = parse.GetValue(samples) == 0 ? 3 * dims.InputWidth : parse.GetValue(samples);
            if (m < dims.InputWidth)
            {
                throw new CliUsageException("--samples", m.ToString(CultureInfo.InvariantCulture), $"must be at least d₀ = {dims.InputWidth.ToString(CultureInfo.InvariantCulture)} so that XXᵀ has full rank");
            }

            if (r < 1 || r > Math.Min(dims.InputWidth, dims.OutputWidth))
            {
                throw new CliUsageException("--rank", r.ToString(CultureInfo.InvariantCulture), $"must lie in [1, min(d₀, d_N) = {Math.Min(dims.InputWidth, dims.OutputWidth).ToString(CultureInfo.InvariantCulture)}]");
            }

            // Every combination is checked here, before the data are drawn (which can take long for large widths).
            string kind = parse.GetValue(dynamics)!;
            string scheduleText = parse.GetValue(schedule)!;
            StepSchedule? fixedSchedule = kind == "gd" && scheduleText != "bound" ? ParseFixedSchedule(scheduleText) : null;
            if (initName == "balanced-orthogonal" && data != "nrt")
            {
                throw new CliUsageException("--init", initName, "needs --data nrt; use balanced, gaussian, identity or acgh with other data");
            }

            if (data == "autoencoder" && dims.InputWidth != dims.OutputWidth)
            {
                throw new CliUsageException("--data", data, $"needs d₀ = d_N (Y = X), got widths {dims}");
            }

            if (kind == "product-flow" && parse.GetValue(flowStep) > parse.GetValue(time))
            {
                throw new CliUsageException("--flow-step", parse.GetValue(flowStep).ToString(CultureInfo.InvariantCulture), "must not exceed --time");
            }

            string sizeOption = parse.GetResult(samples) is { Implicit: false } ? "--samples" : parse.GetValue(widthsOption) is not null ? "--widths" : "--width";
            string sizeValue = sizeOption switch
            {
                "--samples" => m.ToString(CultureInfo.InvariantCulture),
                "--widths" => parse.GetValue(widthsOption)!,
                _ => parse.GetValue(width).ToString(CultureInfo.InvariantCulture),
            };
            ResourceGuard.RequireMatrix(sizeOption, sizeValue, dims.InputWidth, m, "the data X (d₀ × m)");
            ResourceGuard.RequireMemory(sizeOption, sizeValue, EstimatedBytes(dims, m), parse.GetValue(maxMemory), $"data X, Y and the covariances for widths {dims} and m = {m.ToString(CultureInfo.InvariantCulture)} samples, plus factors, gradients and buffers");
            double setupWork = (double)m * dims.InputWidth * (dims.InputWidth + dims.OutputWidth);
            WorkGuard.RequireTime(sizeOption, sizeValue, setupWork, parse.GetValue(maxSeconds), $"the covariances XXᵀ and YXᵀ of m = {m.ToString(CultureInfo.InvariantCulture)} samples");
            if (kind == "product-flow" && parse.GetValue(time) > 0 && parse.GetValue(flowStep) <= parse.GetValue(time))
            {
                ProductFlowWork(dims, parse.GetValue(time), parse.GetValue(flowStep), parse.GetValue(maxSeconds));
            }

            int strideValue = parse.GetValue(stride);
            double recorded = RecordedPoints(kind, parse.GetValue(iterations), strideValue, parse.GetValue(time), parse.GetValue(flowStep));
            ResourceGuard.RequireMemory(
                "--stride", strideValue.ToString(CultureInfo.InvariantCulture), EstimatedBytes(dims, m) + (recorded * RecordedPointBytes(dims)), parse.GetValue(maxMemory),
                $"the run's data and buffers plus {CliNumber.Format(recorded, 6)} recorded points of about {RecordedPointBytes(dims).ToString(CultureInfo.InvariantCulture)} bytes each (one every --stride {strideValue.ToString(CultureInfo.InvariantCulture)} iterations)");

            string folder = parse.GetValue(output)!;
            OutputFolder.Require("--out", folder);

            var (x, y, nrtStart) = MakeData(data, dims, r, m, s);
            var start = MakeStart(initName, dims, nrtStart, parse.GetValue(initStd), s);
            var regression = new RegressionData(x, y);
            console.Out.WriteLine($"widths {dims}; data {data}; init {initName}; dynamics {kind}; seed {s.ToString(CultureInfo.InvariantCulture)}");
            if (kind == "product-flow")
            {
                return RunProductFlow(console, folder, start, regression, parse.GetValue(time), parse.GetValue(flowStep), parse.GetValue(stride), parse.GetValue(maxSeconds));
            }

            RunResult result;
            string title;
            if (kind == "flow")
            {
                double end = parse.GetValue(time);
                Require(end > 0, "--time", end, "must be a positive number");
                int attempts = FlowStepBudget(new DescentWorkspace(start, regression).MultiplyAddsPerGradient, parse.GetValue(maxSeconds));
                using (new ElapsedProgress(console, $"gradient flow to t = {CliNumber.Format(end)}", double.NaN))
                {
                    result = GradientFlow.Adaptive(start, regression, end, recordInterval: end / 200, maxSteps: attempts);
                }

                title = $"gradient flow, N = {dims.Depth}, widths {dims}";
            }
            else
            {
                var steps = fixedSchedule ?? BoundSchedule(start, x, y, initName);
                int k = parse.GetValue(iterations);
                long perStep = new DescentWorkspace(start, regression).MultiplyAddsPerGradient;
                double perRecord = RecordWork(dims);
                double work = setupWork + ((double)k * perStep) + (recorded * perRecord);
                WorkGuard.RequireTime(
                    "--iterations", k.ToString(CultureInfo.InvariantCulture), work, parse.GetValue(maxSeconds),
                    $"{k.ToString(CultureInfo.InvariantCulture)} gradient-descent steps of {perStep.ToString(CultureInfo.InvariantCulture)} multiply-adds each, "
                    + $"{CliNumber.Format(recorded, 6)} recorded points of {perRecord.ToString(CultureInfo.InvariantCulture)} multiply-adds each, plus the data");
                console.Out.WriteLine($"schedule {steps.Description}");
                using (new ElapsedProgress(console, "gradient descent", WorkGuard.Seconds(work)))
                {
                    result = GradientDescent.Run(start, regression, new GradientDescentOptions(k, steps, parse.GetValue(stride)));
                }

                if (result.Reason == StopReason.Diverged && parse.GetValue(stride) > 1)
                {
                    // Implementation note: the recorded stride may skip every iterate before the divergence; the run is
                    // deterministic, so it is repeated up to the divergence with every iterate recorded (at most
                    // MaxRecordedPoints of them, so the repetition never records more than the guarded run could).
                    int upTo = Math.Max(1, result.StopIteration);
                    int denser = Math.Max(1, (int)Math.Ceiling(upTo / (double)MaxDivergenceRecords));
                    if (denser < parse.GetValue(stride))
                    {
                        result = GradientDescent.Run(start, regression, new GradientDescentOptions(upTo, steps, denser));
                    }
                }

                title = $"gradient descent, N = {dims.Depth}, widths {dims}";
            }

            ReportStaging.Write(folder, staging => WriteTrajectory(staging, title, kind == "flow" ? "time" : "iteration", result.Trajectory, dims.Depth), _ => false);
            console.Out.WriteLine($"stopped: {ReasonText(result.Reason)} — {result.Message}");
            var points = result.Trajectory.Points;
            if (points.Count > 0)
            {
                console.Out.WriteLine($"loss {CliNumber.Format(points[0].Loss)} → {CliNumber.Format(points[^1].Loss)} at {(kind == "flow" ? "time " + CliNumber.Format(points[^1].Time) : (result.Reason == StopReason.Diverged ? "iteration " : string.Empty) + points[^1].Iteration.ToString(CultureInfo.InvariantCulture) + (result.Reason == StopReason.Diverged ? " (the last recorded iterate)" : " iterations"))}");
            }

            console.Out.WriteLine($"wrote {Path.Combine(folder, "trajectory.csv")} and {Path.Combine(folder, "trajectory.png")}");
            return result.Reason == StopReason.Diverged ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static LayerDimensions ResolveWidths(string? widths, int depth, int width, int rank, string data)
    {
        if (widths is not null)
        {
            var parts = widths.Split(',');
            var values = parts.Select(p => int.TryParse(p.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : -1).ToArray();
            if (values.Length < 2 || values.Any(v => v < 1 || v > 4096))
            {
                throw new CliUsageException("--widths", widths, "must be at least two comma-separated integers in [1, 4096], e.g. 6,4,4,6");
            }

            if (data == "nrt")
            {
                throw new CliUsageException("--widths", widths, "needs --data gaussian, whitened or autoencoder (--data nrt fixes the widths of nrt §5 from --depth, --width and --rank)");
            }

            return new LayerDimensions(values);
        }

        if (depth < 2 || depth > 64)
        {
            throw new CliUsageException("--depth", depth.ToString(CultureInfo.InvariantCulture), "must be an integer in [2, 64]");
        }

        if (width < 1 || width > 4096)
        {
            throw new CliUsageException("--width", width.ToString(CultureInfo.InvariantCulture), "must be an integer in [1, 4096]");
        }

        if (rank < 1 || rank > width)
        {
            throw new CliUsageException("--rank", rank.ToString(CultureInfo.InvariantCulture), $"must lie in [1, --width = {width.ToString(CultureInfo.InvariantCulture)}]");
        }

        return data == "nrt" ? NrtExperimentSetup.Widths(depth, width, rank) : LayerDimensions.Uniform(depth, width);
    }

    private static (Matrix<double> X, Matrix<double> Y, DeepLinearNetwork? NrtStart) MakeData(string data, LayerDimensions dims, int rank, int m, int seed)
    {
        if (data == "nrt")
        {
            var (x, y, start) = NrtExperimentSetup.Create(dims.Depth, dims.InputWidth, rank, m, seed);
            return (x, y, start);
        }

        var gaussian = Initializations.GaussianData(dims.InputWidth, m, seed);
        return data switch
        {
            "whitened" => (Initializations.Whiten(gaussian), Initializations.RankTarget(Initializations.Whiten(gaussian), dims.OutputWidth, rank, 1.0, seed + 1), null),
            "autoencoder" when dims.InputWidth != dims.OutputWidth =>
                throw new CliUsageException("--data", data, $"needs d₀ = d_N (Y = X), got widths {dims}"),
            "autoencoder" => (gaussian, gaussian.Clone(), null),
            _ => (gaussian, Initializations.RankTarget(gaussian, dims.OutputWidth, rank, 1.0, seed + 1), null),
        };
    }

    private static DeepLinearNetwork MakeStart(string init, LayerDimensions dims, DeepLinearNetwork? nrtStart, double scale, int seed)
    {
        Require(double.IsFinite(scale) && scale > 0, "--init-std", scale, "must be a positive number");
        switch (init)
        {
            case "balanced-orthogonal":
                return nrtStart ?? throw new CliUsageException("--init", init, "needs --data nrt; use balanced, gaussian, identity or acgh with other data");
            case "gaussian":
                return Initializations.Gaussian(dims, scale, seed + 7919);
            case "identity":
                return Initializations.Identity(dims);
            case "acgh":
                return Initializations.AcghProcedure1(dims, scale, seed + 7919);
            default:
                var random = Initializations.Gaussian(new LayerDimensions(dims.InputWidth, dims.OutputWidth), scale, seed + 7919).Factor(1);
                return BalancedFactorization.OfBestRankApproximation(random, dims);
        }
    }

    /// <summary>
    /// The step attempts of the adaptive gradient flow that fit in <paramref name="maxSeconds"/>: each attempt of the
    /// Dormand–Prince 5(4) pair evaluates the gradient 7 times; at most 10⁶ attempts (the flow's own budget). The flow
    /// stops at this budget and says at what time, so no <c>--time</c> can run longer than the limit.
    /// </summary>
    private static int FlowStepBudget(long multiplyAddsPerGradient, int maxSeconds)
    {
        double fit = Math.Floor(maxSeconds * WorkGuard.MultiplyAddsPerSecond / (7.0 * Math.Max(1, multiplyAddsPerGradient)));
        return (int)Math.Clamp(fit, 1, 1_000_000);
    }

    /// <summary>The most iterates recorded when a diverged run is repeated up to its divergence.</summary>
    private const int MaxDivergenceRecords = 100_000;

    /// <summary>The number of recorded trajectory points: one every <c>--stride</c> iterations of gd or RK4 steps of the
    /// product flow, plus the start; 200 for the adaptive flow (it records every T/200).</summary>
    private static double RecordedPoints(string kind, int iterations, int stride, double time, double flowStep) => kind switch
    {
        "gd" => Math.Floor((double)iterations / stride) + 1,
        "product-flow" => Math.Floor(Math.Ceiling((time / flowStep) - 1e-9) / stride) + 1,
        _ => 201,
    };

    /// <summary>The bytes of one recorded point and what drawing it costs: the point (about 100 bytes) with its three
    /// arrays of about N + 1 doubles (per-pair balancedness in two norms, factor norms), and the plot's copies of its x
    /// and y per drawn series (N series of 16 bytes).</summary>
    private static int RecordedPointBytes(LayerDimensions dims) => 200 + (48 * (dims.Depth + 1));

    /// <summary>
    /// The estimated multiply-adds of recording one point (<see cref="MetricRecorder"/>): the product W_N⋯W₁ and its
    /// singular values, the factors' spectral norms and the balancedness WⱼWⱼᵀ − Wⱼ₊₁ᵀWⱼ₊₁ of each pair in two norms —
    /// about 25·Σⱼ dⱼ³ + 10·d₀·d_N·min(d₀, d_N) with SVDs counted at 10·rows·columns·min(rows, columns).
    /// </summary>
    private static double RecordWork(LayerDimensions dims)
    {
        double cubes = Enumerable.Range(0, dims.Depth + 1).Sum(j => Math.Pow(dims.Width(j), 3));
        double d0 = dims.InputWidth;
        double dN = dims.OutputWidth;
        return (25 * cubes) + (10 * d0 * dN * Math.Min(d0, dN));
    }

    /// <summary>The estimated peak memory of a gd run: X and Y (with a copy each), XXᵀ and YXᵀ, and six copies of the
    /// factors (factors, gradients, workspace buffers, recorded snapshots), plus 64 MB for the runtime.</summary>
    private static double EstimatedBytes(LayerDimensions dims, int m)
    {
        double d0 = dims.InputWidth;
        double dN = dims.OutputWidth;
        double factors = Enumerable.Range(1, dims.Depth).Sum(j => (double)dims.Width(j) * dims.Width(j - 1));
        double products = Enumerable.Range(0, dims.Depth + 1).Sum(j => (double)dims.Width(j) * Math.Max(d0, dN));
        return 8 * ((2 * (d0 + dN) * m) + (d0 * d0) + (dN * d0) + (6 * factors) + (2 * products)) + (64 * 1048576.0);
    }

    private static string ReasonText(StopReason reason) => reason switch
    {
        StopReason.Converged => "converged",
        StopReason.IterationBudget => "iteration budget used",
        StopReason.Diverged => "diverged",
        _ => "cancelled",
    };

    private static StepSchedule BoundSchedule(DeepLinearNetwork start, Matrix<double> x, Matrix<double> y, string init)
    {
        try
        {
            return StepSchedule.Constant(NrtStepSizeBound.ForData(x, y, start).Eta);
        }
        catch (NumericArgumentException e)
        {
            throw new CliUsageException("--schedule", "bound", $"the bound of nrt (2.8)/(5.1) needs a balanced start (α = 0) and XXᵀ of full rank; with --init {init}: {e.Message} — use --init balanced or balanced-orthogonal, or a constant:η schedule");
        }
    }

    private static StepSchedule ParseFixedSchedule(string text)
    {
        string rule = "must be 'bound', 'constant:η', 'nrt:a1,a2,γ' or 'dhl:c,δ' with positive numbers";

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

    /// <summary>Writes <c>trajectory.csv</c> and <c>trajectory.png</c> into <paramref name="folder"/> (a staging folder of
    /// <see cref="ReportStaging"/>); returns their names.</summary>
    private static string[] WriteTrajectory(string folder, string title, string xLabel, Trajectory trajectory, int depth)
    {
        using (var writer = new StreamWriter(Path.Combine(folder, "trajectory.csv")))
        {
            trajectory.WriteCsv(writer);
        }

        var points = trajectory.Points;
        var xs = points.Select(p => xLabel == "time" ? p.Time : p.Iteration).ToArray();
        var series = new List<PlotSeries> { new("loss L^N", xs, points.Select(p => p.Loss).ToArray()) };
        for (int j = 0; j < depth - 1; j++)
        {
            int jj = j;
            if (points.Count > 0 && points[0].Balancedness.Count > jj)
            {
                series.Add(new PlotSeries($"‖W{jj + 2}ᵀW{jj + 2} − W{jj + 1}W{jj + 1}ᵀ‖ (j={jj + 1})", xs, points.Select(p => p.Balancedness[jj]).ToArray(), Dashed: true));
            }
        }

        PlotWriter.Write(Path.Combine(folder, "trajectory.png"), title, xLabel, "value", series, logY: true);
        return ["trajectory.csv", "trajectory.png"];
    }

    /// <summary>
    /// Estimated multiply-adds of one RK4 step of the product flow: four evaluations of −A_{W,N}(∇L¹(W)), each with the
    /// eigendecompositions of WWᵀ and WᵀW, a truncated SVD for the retraction and one for the recorded rank — about
    /// 1000·d³ with d = max(d₀, d_N) — plus 2·10⁶ for the allocations of a step.
    /// </summary>
    /// <remarks>Implementation note: measured under a load average of about 40 on the 2-core reference machine: widths
    /// 10,10,10 2000 steps in 4.3 s (2 ms a step, estimate 3 ms); 40,10,40 200 steps in 7.5 s (37 ms a step, estimate
    /// 66 ms).</remarks>
    internal static double ProductFlowStepWork(LayerDimensions dims)
    {
        double d = Math.Max(dims.InputWidth, dims.OutputWidth);
        return (1000 * d * d * d) + 2e6;
    }

    /// <summary>The estimated multiply-adds of a product flow; refuses it (naming <c>--flow-step</c>) above the time limit.</summary>
    private static double ProductFlowWork(LayerDimensions dims, double end, double step, int maxSeconds)
    {
        double steps = Math.Ceiling((end / step) - 1e-9);
        double perStep = ProductFlowStepWork(dims);
        double work = steps * perStep;
        WorkGuard.RequireTime(
            "--flow-step", CliNumber.Format(step), work, maxSeconds,
            $"--time {CliNumber.Format(end)} / --flow-step {CliNumber.Format(step)} = {CliNumber.Format(steps, 6)} RK4 steps of about {CliNumber.Format(perStep, 3)} multiply-adds each");
        return work;
    }

    private static int RunProductFlow(CliConsole console, string folder, DeepLinearNetwork start, RegressionData data, double end, double step, int stride, int maxSeconds)
    {
        Require(end > 0, "--time", end, "must be a positive number");
        Require(step > 0 && step <= end, "--flow-step", step, "must be a positive number not above --time");
        double work = ProductFlowWork(start.Dimensions, end, step, maxSeconds);
        int rank = Enumerable.Range(0, start.Depth + 1).Select(start.Dimensions.Width).Min();
        ProductFlowResult result;
        using (new ElapsedProgress(console, "product flow", WorkGuard.Seconds(work)))
        {
            result = ProductFlow.Run(start.Product(), data, start.Depth, rank, end, step, stride);
        }

        ReportStaging.Write(
            folder,
            staging =>
            {
                using (var writer = new StreamWriter(Path.Combine(staging, "trajectory.csv")))
                {
                    writer.Write("time,loss,rank\n");
                    for (int i = 0; i < result.Times.Count; i++)
                    {
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{result.Times[i]:R},{result.Losses[i]:R},{result.Ranks[i]}\n"));
                    }
                }

                PlotWriter.Write(
                    Path.Combine(staging, "trajectory.png"), $"product flow (2.5), N = {start.Depth}, rank ≤ {rank}", "time", "loss",
                    [new PlotSeries("loss L¹(W)", result.Times, result.Losses)], logY: true);
                return ["trajectory.csv", "trajectory.png"];
            },
            _ => false);
        console.Out.WriteLine($"stopped: {ReasonText(result.Reason)}");
        if (result.Losses.Count > 0)
        {
            console.Out.WriteLine($"loss {CliNumber.Format(result.Losses[0])} → {CliNumber.Format(result.Losses[^1])} at time {CliNumber.Format(result.Times[^1])}");
        }

        console.Out.WriteLine($"wrote {Path.Combine(folder, "trajectory.csv")} and {Path.Combine(folder, "trajectory.png")}");
        return result.Reason == StopReason.Diverged ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void Require(bool condition, string option, double value, string rule)
    {
        if (!condition)
        {
            throw new CliUsageException(option, value.ToString(CultureInfo.InvariantCulture), rule);
        }
    }
}
