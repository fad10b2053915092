namespace DeepLinear.Checks.ClaimFiles;

/// <summary>The <c>paper:</c> mapping of a claim file: the paper key that prefixes every claim id, its title and
/// where it comes from.</summary>
/// <param name="Key">The paper key: lower-case letters and digits, starting with a letter (<c>nrt</c>, <c>demo</c>).</param>
/// <param name="Title">The title (authors, title, year), as the reports show it.</param>
/// <param name="Source">Where the paper comes from (arXiv id, journal, file name).</param>
public sealed record PaperInfo(string Key, string Title, string Source);
