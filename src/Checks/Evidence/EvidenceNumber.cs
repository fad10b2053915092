namespace DeepLinear.Checks.Evidence;

/// <summary>
/// One named key number of a piece of evidence (instances tried, minimum slack, worst ratio, …), as shown in the
/// verdict table and written to JSON. <see cref="Value"/> may be NaN or infinite (written as a string in JSON).
/// </summary>
/// <param name="Name">The key, lower-case with hyphens (<c>worst-ratio</c>).</param>
/// <param name="Value">The value.</param>
/// <param name="IsCount">Whether the value is an integer count (rendered without rounding).</param>
public sealed record EvidenceNumber(string Name, double Value, bool IsCount = false);
