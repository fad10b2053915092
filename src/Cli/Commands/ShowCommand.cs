using System.CommandLine;
using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using DeepLinear.Checks.Running;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv show CLAIM [--claims FILE…] [--from DIR|FILE.json] [--replay] [--seed S] [--thorough] [--budget SECONDS]</c>:
/// one claim on the terminal — label, kind, paper, statement as printed, setting, hypotheses, handling, its check
/// encoding as written in the claim file, and the last recorded verdict with its evidence (from a report folder,
/// by default <c>./proofs</c>, or from the JSON of <c>dlv check --json</c>). <c>--replay</c> re-draws the one instance
/// the record names from its own seed — the worst instance of a verified inequality, or the counterexample of a refuted
/// one (re-drawn, searched and shrunk again, all deterministic); the one run of a trajectory claim its worst iterate or
/// violation belongs to; the recorded trial of a probability claim — prints its numbers and compares them with the
/// record. Claims without a per-instance entry point (checks written in C#, identity and not-checkable forms), records that
/// name no instance, and <c>--seed S</c> re-run the whole check with the base seed instead (the recorded one by
/// default) and compare the verdict and scope.
/// </summary>
internal static class ShowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var claim = new Argument<string>("claim") { Description = "The claim id, e.g. nrt/prop3.2." };
        var claims = CliOptions.InputFiles("--claims", "Look the claim up in these claim files instead of the built-in catalog.");
        var from = CliOptions.InputFileOrFolder("--from", "Where the last verdict is recorded: a report folder (default ./proofs) or a JSON file of 'dlv check --json'.");
        var replay = new Option<bool>("--replay") { Description = "Re-draw the recorded worst instance or counterexample from its own seed and compare its numbers with the record (checks without a per-instance entry point: re-run the whole check)." };
        var seed = CliOptions.OptionalSeed("--seed", "Re-run the whole check with this base seed instead of replaying the recorded instance.");
        var thorough = new Option<bool>("--thorough") { Description = "Replay in the thorough tier." };
        var budget = CliOptions.Number("--budget", "Time budget of the replay in seconds (0.1–3600).", RunOptions.DefaultBudget.TotalSeconds, 0.1, 3600);
        var command = new Command("show", "Show one claim: statement as printed, setting, hypotheses, handling, check encoding, and the last\n"
            + "recorded verdict with its evidence; --replay re-draws the recorded worst instance or counterexample from its\n"
            + "own seed (inequality instances, one trajectory run, one probability trial; checks written in C# and identities:\n"
            + "re-runs the whole check from the recorded base seed).\n\n"
            + "Examples:\n"
            + "  dlv show nrt/prop3.2\n"
            + "  dlv show dhl/eq23#perp --from out/report\n"
            + "  dlv show acgh/lemma5 --replay\n"
            + "  dlv show demo/lemma1 --claims demo.yaml --from demo.json\n\n"
            + "Exit codes: 0 shown (and the replay agrees with the record), 1 the replay disagrees, crashed or ran out of\n"
            + "budget, 2 usage error (unknown claim, bad option).");
        command.Arguments.Add(claim);
        foreach (var o in new Option[] { claims, from, replay, seed, thorough, budget })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var files = ClaimFileSources.Load(console, parse.GetValue(claims));
            if (files is null)
            {
                return ExitCodes.Usage;
            }

            string id = parse.GetValue(claim)!;
            var entry = files.SelectMany(f => f.Claims).FirstOrDefault(c => c.Entry.Id == id);
            if (entry is null)
            {
                string prefix = id.Split('#', '~')[0];
                string near = string.Join(", ", files.SelectMany(f => f.Claims).Select(c => c.Entry.Id)
                    .Where(c => prefix.Length > 4 && c.StartsWith(prefix[..^1], StringComparison.Ordinal)).Take(8));
                throw new CliUsageException("claim", id, "is not a claim id of " + (parse.GetValue(claims) is { Length: > 0 } ? "the given claim files" : "the catalog")
                    + (near.Length > 0 ? "; similar ids: " + near : "; 'dlv claims list' lists the ids"));
            }

            double seconds = parse.GetValue(budget);
            if (!(seconds >= 0.1 && seconds <= 3600))
            {
                throw new CliUsageException("--budget", seconds.ToString(CultureInfo.InvariantCulture), "must be a number of seconds in [0.1, 3600]");
            }

            var recorded = RecordedVerdicts.Load(parse.GetValue(from));
            var file = files.First(f => f.Claims.Contains(entry));
            WriteClaim(console.Out, file, entry);
            WriteRecord(console.Out, recorded, entry);
            if (!parse.GetValue(replay))
            {
                return ExitCodes.Success;
            }

            ulong? explicitSeed = parse.GetValue(seed);
            var options = new RunOptions(explicitSeed ?? recorded?.Seed ?? CheckContext.DefaultSeed, TimeSpan.FromSeconds(seconds), parse.GetValue(thorough), 1);
            if (explicitSeed is null && ReplayInstance(console, entry, recorded, options) is { } code)
            {
                return code;
            }

            return Replay(console, entry, recorded, options);
        });
        return command;
    }

    private static void WriteClaim(TextWriter o, ClaimFile file, ClaimFileEntry entry)
    {
        var e = entry.Entry;
        o.WriteLine($"{e.Id} — {e.Label} [{ClaimId.KindName(e.Kind)}]");
        o.WriteLine($"paper: {file.Paper.Key} — {file.Paper.Title} ({entry.FileName}, line {entry.Line.ToString(CultureInfo.InvariantCulture)})");
        if (entry.SameAs is not null)
        {
            o.WriteLine("same as: " + entry.SameAs);
        }

        o.WriteLine();
        Section(o, "statement (as printed)", e.Statement);
        Section(o, "setting", e.Setting);
        if (e.Hypotheses.Count > 0)
        {
            o.WriteLine("hypotheses:");
            foreach (string h in e.Hypotheses)
            {
                o.WriteLine("  - " + h);
            }

            o.WriteLine();
        }

        Section(o, "handling", e.Handling);
        o.WriteLine("encoding" + (entry.Draft ? " (draft, to confirm)" : string.Empty) + ":");
        foreach (string line in ClaimFileWriter.WriteCheck(entry.Check).TrimEnd('\n').Split('\n'))
        {
            o.WriteLine("  " + line);
        }

        if (entry.Check.Form == "code")
        {
            o.WriteLine($"  (a check written in C#, registered under '{entry.Check.FormText}')");
        }

        o.WriteLine();
    }

    private static void Section(TextWriter o, string title, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        o.WriteLine(title + ":");
        o.WriteLine(Indent(text));
        o.WriteLine();
    }

    private static string Indent(string text)
        => string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Length == 0 ? l : "  " + l));

    private static void WriteRecord(TextWriter o, RecordedVerdicts? recorded, ClaimFileEntry entry)
    {
        if (recorded is null)
        {
            o.WriteLine($"last verdict: none recorded (no ./{RecordedVerdicts.DefaultFolder}/verdicts.csv here; give --from DIR or --from FILE.json)");
            return;
        }

        var row = recorded.Find(entry.Entry.Id);
        if (row is null)
        {
            o.WriteLine($"last verdict: {entry.Entry.Id} is not in {recorded.Source}");
            return;
        }

        o.WriteLine($"last verdict ({recorded.Source}): {row.Verdict} — {row.Scope}");
        if (row.KeyNumbers.Length > 0)
        {
            o.WriteLine("  key numbers: " + row.KeyNumbers);
        }

        string? evidence = row.EvidenceJson ?? recorded.EvidenceMarkdown(entry.Entry.Paper, entry.Entry.Id);
        if (evidence is not null)
        {
            o.WriteLine();
            o.WriteLine("evidence:");
            o.WriteLine(Indent(evidence));
        }
    }

    /// <summary>
    /// Replays the one instance the recorded verdict names — the worst instance of a verified claim or the counterexample
    /// of a refuted one, the worst or violating run of a trajectory, the recorded trial of a probability — from its own
    /// seed, prints its numbers and compares them with the record. Returns the exit code, or null (after saying why) when
    /// the claim has no per-instance entry point (a check written in C#, an identity or not-checkable form) or the record
    /// names no instance; the caller then re-runs the whole check.
    /// </summary>
    private static int? ReplayInstance(CliConsole console, ClaimFileEntry entry, RecordedVerdicts? recorded, RunOptions options)
    {
        var o = console.Out;
        string id = entry.Entry.Id;
        o.WriteLine();
        if (entry.Check.Form == "code")
        {
            o.WriteLine($"replay: '{id}' is a check written in C# (code: {entry.Check.FormText}) without a per-instance entry point; re-running the whole check instead.");
            return null;
        }

        if (entry.Check.Form == "identity")
        {
            o.WriteLine($"replay: '{id}' is an identity; re-proving it, and re-evaluating the recorded witness of a refutation exactly.");
            return null;
        }

        IReplayableForm? form;
        try
        {
            form = ClaimForms.ReplayableForm(entry.Check.Form, entry.Check.Node, id, entry.FileName);
        }
        catch (ClaimFileException error)
        {
            console.Error.WriteLine($"dlv: {error.Message}");
            return ExitCodes.Usage;
        }

        if (form is null)
        {
            o.WriteLine($"replay: the '{entry.Check.Form}' form has no per-instance entry point; re-running the whole check instead.");
            return null;
        }

        var row = recorded?.Find(id);
        var instance = row is null ? null : RecordedInstance.Find(row.Verdict, row.EvidenceJson, row.EvidenceJson is null ? recorded!.EvidenceMarkdown(entry.Entry.Paper, id) : null);
        if (instance is null)
        {
            o.WriteLine(row is null
                ? "replay: no recorded verdict names a worst instance or counterexample of this claim; re-running the whole check instead."
                : $"replay: the recorded verdict ({row.Verdict}) names no worst instance or counterexample; re-running the whole check instead.");
            return null;
        }

        using var budget = new CancellationTokenSource(options.BudgetPerClaim);
        var context = new CheckContext(options.Seed, options.BudgetPerClaim, options.Thorough, budget.Token);
        var replayed = instance.IsCounterexample ? form.ReplayCounterexample(instance.Seed, context) : form.ReplayWorst(instance.Seed, context);
        string what = instance.TrialEvent is not null ? "recorded trial" : instance.IsCounterexample ? "counterexample" : "worst instance";
        o.WriteLine($"replay of the {what} from its own seed {instance.Seed.ToString(CultureInfo.InvariantCulture)} (recorded in {recorded!.Source}):");
        foreach (string line in replayed.Lines)
        {
            o.WriteLine("  " + line);
        }

        if (budget.IsCancellationRequested)
        {
            o.WriteLine("  the time budget ran out during the replay (--budget)");
            return ExitCodes.Failure;
        }

        bool same;
        if (instance.TrialEvent is { } recordedEvent)
        {
            same = replayed.EventOccurred == recordedEvent;
            string replayedEvent = replayed.EventOccurred is { } e ? (e ? "true" : "false") : "not evaluated";
            o.WriteLine(same
                ? $"  same event value as recorded ({replayedEvent})"
                : $"  DIFFERS from the record: recorded event {(recordedEvent ? "true" : "false")}, replayed {replayedEvent}");
        }
        else if (instance.IsCounterexample)
        {
            same = replayed.Violation is not null && replayed.Violation == instance.Violation;
            o.WriteLine(same
                ? "  same violation as recorded"
                : $"  DIFFERS from the record: recorded '{instance.Violation}', replayed '{replayed.Violation ?? "no violation"}'");
        }
        else
        {
            string replayedRatio = row!.EvidenceJson is null
                ? DeepLinear.Checks.Reports.EvidenceMarkdown.Number(replayed.Ratio)
                : replayed.Ratio.ToString("R", CultureInfo.InvariantCulture);
            same = double.IsFinite(replayed.Ratio) && (replayedRatio == instance.WorstRatio
                || (double.TryParse(instance.WorstRatio, NumberStyles.Float, CultureInfo.InvariantCulture, out double r) && r == replayed.Ratio));
            o.WriteLine(same
                ? $"  same worst lhs/rhs as recorded ({instance.WorstRatio})"
                : $"  DIFFERS from the record: recorded worst lhs/rhs {instance.WorstRatio}, replayed {replayedRatio}");
        }

        return same ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static int Replay(CliConsole console, ClaimFileEntry entry, RecordedVerdicts? recorded, RunOptions options)
    {
        Func<CheckContext, CheckResult>? check;
        try
        {
            check = CheckFormRegistry.Default.Compile(entry);
        }
        catch (ClaimFileException error)
        {
            console.Error.WriteLine($"dlv: {error.Message}");
            return ExitCodes.Usage;
        }

        var o = console.Out;
        o.WriteLine();
        string tier = options.Thorough ? "thorough" : "fast";
        if (check is null)
        {
            o.WriteLine($"replay: {entry.Entry.Id} has no check (pending); nothing to replay");
            return ExitCodes.Failure;
        }

        var outcome = ClaimRunner.RunOne(new Claim(entry.Entry, check), options);
        string line = VerdictTable.Line(outcome);
        string[] parts = line.Split(" | ");
        o.WriteLine($"replay (base seed {options.Seed.ToString(CultureInfo.InvariantCulture)}, {tier} tier, {outcome.Seconds.ToString("F1", CultureInfo.InvariantCulture)} s): {outcome.VerdictName} — {outcome.Result?.Scope ?? outcome.Problem}");
        if (parts.Length > 3)
        {
            o.WriteLine("  key numbers: " + parts[3]);
        }

        if (!outcome.HasVerdict)
        {
            return ExitCodes.Failure;
        }

        var row = recorded?.Find(entry.Entry.Id);
        if (row is null)
        {
            o.WriteLine("  no recorded verdict to compare with");
            return ExitCodes.Success;
        }

        bool same = row.Verdict == outcome.VerdictName && row.Scope == outcome.Result!.Scope;
        o.WriteLine(same
            ? $"  same verdict and scope as recorded in {recorded!.Source}"
            : $"  DIFFERS from {recorded!.Source}: recorded {row.Verdict} — {row.Scope}");
        if (entry.Check.Form == "identity" && row.Verdict == "refuted")
        {
            same &= ReplayIdentityWitness(o, entry, RecordedWitness(row.EvidenceJson, row.EvidenceJson is null ? recorded.EvidenceMarkdown(entry.Entry.Paper, entry.Entry.Id) : null));
        }

        return same ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>
    /// Re-evaluates the recorded witness of a refuted identity exactly (<see cref="IdentityWitnessReplay"/>): the record
    /// stands when the witness meets every assumption and the two sides differ there. A shape error has no witness to
    /// evaluate (the re-proof above decides it); an identity stated over <c>depths:</c> is re-proved only.
    /// </summary>
    private static bool ReplayIdentityWitness(TextWriter o, ClaimFileEntry entry, string? witness)
    {
        var node = entry.Check.Node;
        if (witness is null || node.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("depths")))
        {
            o.WriteLine(witness is null ? "  the record names no exact witness to re-evaluate (a shape error is decided by the re-proof above)" : "  an identity over depths: is re-proved, its witness not re-evaluated");
            return true;
        }

        var assumptions = node.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("assume"), out var list) && list is YamlDotNet.RepresentationModel.YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(a => a.Value ?? string.Empty).ToList()
            : [];
        var replayed = IdentityWitnessReplay.Replay(entry.Check.FormText ?? string.Empty, assumptions, witness);
        o.WriteLine("  re-evaluation of the recorded witness, exactly:");
        foreach (string line in replayed.Lines)
        {
            o.WriteLine("    " + line);
        }

        o.WriteLine(replayed.Violation is not null
            ? "  the recorded witness refutes the identity: the two sides differ exactly"
            : "  DIFFERS from the record: the recorded witness does not refute the identity");
        return replayed.Violation is not null;
    }

    /// <summary>The exact witness of a recorded refutation: JSON <c>witness</c> (when <c>exact</c> and not a shape
    /// error), or the report page's "Exact witness:" block; null when the record has none.</summary>
    private static string? RecordedWitness(string? evidenceJson, string? evidenceMarkdown)
    {
        if (evidenceJson is not null)
        {
            using var document = System.Text.Json.JsonDocument.Parse(evidenceJson);
            var root = document.RootElement;
            bool shape = root.TryGetProperty("shapeError", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.True;
            bool exact = root.TryGetProperty("exact", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.True;
            return !shape && exact && root.TryGetProperty("witness", out var w) && w.ValueKind == System.Text.Json.JsonValueKind.String ? w.GetString() : null;
        }

        var block = evidenceMarkdown is null ? null : System.Text.RegularExpressions.Regex.Match(evidenceMarkdown, "Exact witness[^:\n]*:\n\n```text\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline);
        return block is { Success: true } ? block.Groups[1].Value : null;
    }
}
