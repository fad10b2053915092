using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Catalog;

public class RefutationAuditTests
{
    private static IReadOnlyList<ClaimFileEntry> Claims => [.. BuiltInClaimFiles.All.SelectMany(f => f.Claims)];

    /// <summary>The verdicts the catalog's readings imply: refuted where a reading is given, verified elsewhere.</summary>
    private static Dictionary<string, Verdict> ImpliedVerdicts(IEnumerable<ClaimFileEntry> claims)
        => claims.ToDictionary(c => c.Entry.Id, c => c.Entry.Reading is null ? Verdict.Verified : Verdict.Refuted, StringComparer.Ordinal);

    [Fact]
    public void Problems_WholeCatalogAgainstTheFastRun_IsEmpty()
    {
        var verdicts = FastCatalogRun.Outcomes
            .Where(o => o.Status == OutcomeStatus.Completed)
            .ToDictionary(o => o.Claim.Id.Text, o => o.Result!.Verdict, StringComparer.Ordinal);
        Assert.Equal(Claims.Count, verdicts.Count);
        Assert.Empty(RefutationAudit.Problems(Claims, verdicts));
    }

    [Fact]
    public void Problems_ImpliedVerdicts_IsEmpty()
        => Assert.Empty(RefutationAudit.Problems(Claims, ImpliedVerdicts(Claims)));

    [Fact]
    public void Problems_RefutedClaimWithoutReading_IsReported()
    {
        var claims = Claims;
        var verdicts = ImpliedVerdicts(claims);
        var stripped = claims.Select(c => c.Entry.Id == "acgh/eq18" ? c with { Entry = c.Entry with { Reading = null, Erratum = null } } : c).ToList();
        var problem = Assert.Single(RefutationAudit.Problems(stripped, verdicts));
        Assert.StartsWith("acgh/eq18 is refuted but has no reading:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_ReadingOnAClaimThatIsNotRefuted_IsReported()
    {
        var claims = Claims;
        var verdicts = ImpliedVerdicts(claims);
        verdicts["nrt/text11"] = Verdict.Proved;
        var problem = Assert.Single(RefutationAudit.Problems(claims, verdicts));
        Assert.Equal("nrt/text11 has reading: notation but its verdict is proved, not refuted.", problem);
    }

    [Fact]
    public void Problems_LinkedClaimsWithDifferentVerdicts_AreReported()
    {
        var claims = Claims;
        var linked = claims.Where(c => c.SameAs is not null).ToList();
        Assert.NotEmpty(linked);
        var verdicts = ImpliedVerdicts(claims);
        var first = linked[0];
        verdicts[first.SameAs!] = verdicts[first.Entry.Id] == Verdict.Refuted ? Verdict.Verified : Verdict.Inconclusive;
        var problems = RefutationAudit.Problems(claims, verdicts);
        Assert.Contains(problems, p => p.StartsWith(first.Entry.Id + " is ", StringComparison.Ordinal) && p.Contains(first.SameAs!, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_LinkedClaimsWithDifferentReadings_AreReported()
    {
        var claims = Claims;
        var verdicts = ImpliedVerdicts(claims);
        var first = claims.First(c => c.SameAs is not null);
        var changed = claims.Select(c => c.Entry.Id == first.Entry.Id
            ? c with { Entry = c.Entry with { Reading = new RefutationReading(RefutationReadingKind.Convention, "w", ["e"]), Erratum = c.Entry.Paper + "/x" } }
            : c).ToList();
        verdicts[first.Entry.Id] = Verdict.Refuted;
        var problems = RefutationAudit.Problems(changed, verdicts);
        Assert.Contains(problems, p => p.StartsWith($"{first.Entry.Id} has reading convention but the claim it states the same result as", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_SameAsNamingNoClaim_IsReported()
    {
        var claims = Claims.Select((c, i) => i == 0 ? c with { SameAs = "nrt/thm99" } : c).ToList();
        Assert.Contains($"{claims[0].Entry.Id} has same-as: nrt/thm99, which is not a claim of the catalog.", RefutationAudit.Problems(claims, ImpliedVerdicts(claims)));
    }

    [Fact]
    public void Problems_FixedVariantRepeatingThePrintedText_IsReported()
    {
        var claims = Claims;
        var printed = claims.Single(c => c.Entry.Id == "acgh/lemma5").Entry.Statement;
        var changed = claims.Select(c => c.Entry.Id == "acgh/lemma5~fixed" ? c with { Entry = c.Entry with { Statement = printed + "\n " } } : c).ToList();
        var problem = Assert.Single(RefutationAudit.Problems(changed, ImpliedVerdicts(changed)));
        Assert.Equal("acgh/lemma5~fixed repeats the statement of acgh/lemma5 word for word; a ~fixed statement states the corrected text.", problem);
    }

    [Fact]
    public void Problems_FixedVariantWithoutItsPrintedClaim_IsReported()
    {
        var claims = Claims.Where(c => c.Entry.Id != "acgh/lemma5").ToList();
        Assert.Contains("acgh/lemma5~fixed is a corrected variant of acgh/lemma5, which is not a claim of the catalog.", RefutationAudit.Problems(claims, ImpliedVerdicts(claims)));
    }

    [Fact]
    public void Problems_RefutedFixedVariant_IsReported()
    {
        var claims = Claims;
        var verdicts = ImpliedVerdicts(claims);
        verdicts["acgh/lemma5~fixed"] = Verdict.Refuted;
        Assert.Contains("acgh/lemma5~fixed is a corrected variant but is itself refuted.", RefutationAudit.Problems(claims, verdicts));
    }

    [Fact]
    public void DistinctErrata_ClaimsFallingWithOnePrintedError_CountOnce()
    {
        var acgh = Claims.Select(c => c.Entry).Where(e => e.Paper == "acgh" && e.Reading is not null).ToList();
        Assert.Equal("acgh/eq18-cases-swapped", acgh.Single(e => e.Id == "acgh/lemma5").Erratum);
        Assert.Equal("acgh/eq18-cases-swapped", acgh.Single(e => e.Id == "acgh/eq18").Erratum);
        Assert.True(RefutationAudit.DistinctErrata(acgh) < acgh.Count);
        Assert.Equal(acgh.Select(e => e.Erratum).Distinct().Count(), RefutationAudit.DistinctErrata(acgh));
    }

    [Fact]
    public void Readings_EveryOne_EncodesHypothesesAndJustifies()
        => Assert.All(Claims.Select(c => c.Entry).Where(e => e.Reading is not null), e =>
        {
            Assert.NotNull(e.Erratum);
            Assert.True(e.Reading!.Why.Length >= 40, e.Id);
            Assert.All(e.Reading.Encodes, h => Assert.True(h.Length >= 20, e.Id));
        });
}
