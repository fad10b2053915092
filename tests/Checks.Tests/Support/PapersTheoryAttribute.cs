using Xunit;

namespace DeepLinear.Checks.Tests.Support;

/// <summary>A theory over the shared papers: skipped, with <see cref="SharedPapers.SkipReason"/>, where the papers
/// folder is absent.</summary>
public sealed class PapersTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when the papers are absent.</summary>
    public PapersTheoryAttribute()
    {
        if (SharedPapers.Folder is null)
        {
            Skip = SharedPapers.SkipReason;
        }
    }
}
