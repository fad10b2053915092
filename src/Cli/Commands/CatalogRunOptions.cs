using System.CommandLine;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// The options shared by <c>dlv check</c> and <c>dlv report</c> (<c>--paper</c>, <c>--claim</c>, <c>--seed</c>,
/// <c>--budget</c>, <c>--thorough</c>, <c>--jobs</c>), their validation (each error names the argument, its value and
/// the allowed values) and the claim selection they describe.
/// </summary>
internal sealed class CatalogRunOptions
{
    private CatalogRunOptions()
    {
    }

    /// <summary><c>--paper KEY</c>.</summary>
    public Option<string?> Paper { get; } = new("--paper") { Description = "Only the claims of this paper: nrt, lcc, trbw, acgh or dhl." };

    /// <summary><c>--claim ID</c>.</summary>
    public Option<string?> Claim { get; } = new("--claim") { Description = "Only this claim (with its parts #… and fixed variant ~fixed), e.g. nrt/prop3.2." };

    /// <summary><c>--seed S</c>.</summary>
    public Option<ulong> Seed { get; } = CliOptions.Seed("--seed", "Base seed of every random choice (a whole number in [0, 2^53 − 1]).", CheckContext.DefaultSeed);

    /// <summary><c>--budget SECONDS</c>.</summary>
    public Option<double> Budget { get; } = CliOptions.Number(
        "--budget", "Time budget per claim in seconds (0.1–3600); a check over budget is reported out-of-budget.", RunOptions.DefaultBudget.TotalSeconds, 0.1, 3600);

    /// <summary><c>--thorough</c>.</summary>
    public Option<bool> Thorough { get; } = new("--thorough") { Description = "Thorough tier: more instances, restarts and iterations (slower)." };

    /// <summary><c>--jobs N</c>.</summary>
    public Option<int> Jobs { get; } = CliOptions.Integer("--jobs", "Claims run in parallel (1–64; default: the number of cores).", Math.Clamp(Environment.ProcessorCount, 1, 64), 1, 64);

    /// <summary>Creates the options and adds them to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The options.</returns>
    public static CatalogRunOptions AddTo(Command command)
    {
        var o = new CatalogRunOptions();
        command.Options.Add(o.Paper);
        command.Options.Add(o.Claim);
        command.Options.Add(o.Seed);
        command.Options.Add(o.Budget);
        command.Options.Add(o.Thorough);
        command.Options.Add(o.Jobs);
        return o;
    }

    /// <summary>Whether the parse selected a subset (a paper or a claim) rather than the whole catalog.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>Whether a subset was selected.</returns>
    public bool SelectsSubset(ParseResult parse) => parse.GetValue(Paper) is not null || parse.GetValue(Claim) is not null;

    /// <summary>
    /// Refuses, before any work, a report of part of a paper (<c>--claim</c>) into a folder that already holds that
    /// paper's page: the page would be rewritten with the selected claims only, dropping the others.
    /// </summary>
    /// <param name="folder">The report folder.</param>
    /// <param name="claims">The selected claims.</param>
    /// <param name="catalog">The catalog.</param>
    public static void RequireWholePapersFor(string folder, IReadOnlyList<Claim> claims, ClaimCatalog catalog)
    {
        foreach (var paper in claims.Select(c => c.Id.Paper).Distinct(StringComparer.Ordinal))
        {
            int selected = claims.Count(c => c.Id.Paper == paper);
            if (selected < catalog.Select(paper, null).Count && File.Exists(Path.Combine(folder, paper + ".md")))
            {
                throw new CliUsageException(
                    "--out", folder,
                    $"already holds the report of paper {paper}; a report of {selected} of its claims (--claim) would replace {paper}.md by a page without the others — use --paper {paper}, or another folder");
            }
        }
    }

    /// <summary>Validates the options and returns the selected claims and the run options.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The claims and options.</returns>
    /// <exception cref="CliUsageException">An option is out of range, or the paper or claim is unknown.</exception>
    public (IReadOnlyList<Claim> Claims, RunOptions Options) Resolve(ParseResult parse, ClaimCatalog catalog)
    {
        string? paper = parse.GetValue(Paper);
        string? claim = parse.GetValue(Claim);
        if (paper is not null && !catalog.Papers.Contains(paper, StringComparer.Ordinal))
        {
            throw new CliUsageException("--paper", paper, "must be one of " + string.Join(", ", catalog.Papers));
        }

        if (claim is not null && !ClaimId.TryParse(claim, out _, out var error))
        {
            string reason = error ?? string.Empty;
            int at = reason.IndexOf("is malformed: ", StringComparison.Ordinal);
            reason = (at >= 0 ? reason[(at + "is malformed: ".Length)..] : reason).TrimEnd('.', ' ');
            throw new CliUsageException("--claim", claim, "must be a claim id <paper>/<kind><number>[#<part>][~fixed], e.g. nrt/prop3.2: " + reason);
        }

        double budget = parse.GetValue(Budget);
        int jobs = parse.GetValue(Jobs);
        var claims = catalog.Select(paper, claim);
        if (claims.Count == 0)
        {
            string prefix = claim is null ? string.Empty : claim.Split('#', '~')[0];
            string near = string.Join(", ", catalog.Claims
                .Where(c => prefix.Length > 4 && c.Id.Text.StartsWith(prefix[..^1], StringComparison.Ordinal))
                .Take(8).Select(c => c.Id.Text));
            throw new CliUsageException(
                "--claim", claim ?? string.Empty, "is not in the catalog" + (paper is null ? string.Empty : " of paper " + paper)
                + (near.Length > 0 ? "; similar ids: " + near : "; 'dlv check --paper <key> --json' lists the ids"));
        }

        return (claims, new RunOptions(parse.GetValue(Seed), TimeSpan.FromSeconds(budget), parse.GetValue(Thorough), jobs));
    }
}
