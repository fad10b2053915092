using DeepLinear.Symbolic.Proving;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Proving;

/// <summary>
/// The external corpus (Corpus/corpus.tsv, made by Corpus/make_corpus.py): Matrix Cookbook and SymPy-test style
/// identities, identities under hypotheses, and their mutants, with truth decided by exact rational evaluation in Python,
/// independently of the prover.
/// </summary>
public class ProverCorpusTests
{
    private static readonly Lazy<List<(bool Expected, string Source, ProveBatchLine Line, ProveOutcome Outcome)>> Results = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Proving", "Corpus", "corpus.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select((l, i) =>
            {
                var parts = l.Split('\t');
                var line = ProveBatchLine.Parse(i + 1, parts[2])!;
                return (parts[0] == "true", parts[1], line, ProverService.Prove(line.Identity!, line.Assumptions, line.Shapes, ProveOptions.Default with { Latex = line.Latex }));
            })
            .ToList());

    // A line contradicts its label when a true identity is refuted or a false one proved (or either is an error).
    private static List<string> Contradictions(IEnumerable<(bool Expected, string Source, ProveBatchLine Line, ProveOutcome Outcome)> results) =>
        results.Where(r => r.Outcome.Verdict is ProveVerdict.ParseError or ProveVerdict.ShapeError
                || (r.Expected && r.Outcome.Verdict == ProveVerdict.Refuted)
                || (!r.Expected && r.Outcome.Verdict == ProveVerdict.Proved))
            .Select(r => $"{r.Expected}: {r.Line.Identity} → {r.Outcome.VerdictName}: {r.Outcome.Message}")
            .ToList();

    [Fact]
    public void Prove_ExternalCorpus_NeverContradictsTheIndependentTruth()
    {
        Assert.True(Results.Value.Count >= 250, "the corpus has a few hundred identities");
        Assert.Empty(Contradictions(Results.Value));
    }

    [Fact]
    public void Prove_ExternalCorpus_FlippedLabels_AreContradicted()
    {
        // Negative control: with every label flipped, almost every decided line must be reported as a contradiction.
        var flipped = Results.Value.Select(r => (!r.Expected, r.Source, r.Line, r.Outcome)).ToList();
        Assert.True(Contradictions(flipped).Count >= Results.Value.Count * 9 / 10);
    }

    [Fact]
    public void Prove_ExternalCorpus_DecidesAllButTheDocumentedUnknowns()
    {
        // The unknowns are true identities that hold only in finite dimensions (QᵀQ = I ⇒ QQᵀ = I; AB = I ⇒ BA = I), which
        // rewriting with the assumptions cannot use; the message says so. Every false identity is refuted, and the inverses
        // of sums (Matrix Cookbook §3.2.6) are decided since round 5 (inverse letters).
        var unknown = Results.Value.Where(r => r.Outcome.Verdict == ProveVerdict.Unknown).ToList();
        Assert.All(unknown, r => Assert.True(r.Expected && r.Outcome.Message.Contains("finite", StringComparison.Ordinal), r.Line.Identity + ": " + r.Outcome.Message));
        Assert.True(unknown.Count <= 6, string.Join("\n", unknown.Select(r => r.Line.Identity)));
    }

    [Fact]
    public void Prove_Round5Corpus_LatexAndHypothesisLinesAreAllDecidedAsLabelled()
    {
        // Round 5 (322 lines after the 392 earlier ones): Matrix Cookbook, SymPy-style, hypotheses, and LaTeX lines as typed
        // from the five papers, each with mutants. Every LaTeX line is read (none is a parse error) and decided.
        var round5 = Results.Value.Where(r => r.Source.EndsWith(" r5", StringComparison.Ordinal) || r.Source.Contains(" r5 ", StringComparison.Ordinal)).ToList();
        Assert.True(round5.Count >= 300, $"{round5.Count} round-5 lines");
        var latex = round5.Where(r => r.Line.Latex).ToList();
        Assert.True(latex.Count >= 40, $"{latex.Count} LaTeX lines");
        Assert.All(latex, r => Assert.Equal(r.Expected ? ProveVerdict.Proved : ProveVerdict.Refuted, r.Outcome.Verdict));
        Assert.Equal(2, round5.Count(r => r.Outcome.Verdict == ProveVerdict.Unknown));
    }
}
