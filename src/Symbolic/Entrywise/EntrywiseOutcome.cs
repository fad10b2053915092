using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// The outcome of comparing two polynomial matrices: proved (canonical forms equal) or refuted with a witness — an exact
/// rational assignment of the variables at which the two sides were evaluated separately and differ.
/// </summary>
/// <param name="Proved">True iff every entry's canonical difference is the zero polynomial.</param>
/// <param name="Message">What was found.</param>
/// <param name="Witness">For a refutation: variable name → value; null when proved.</param>
/// <param name="Row">The entry row of the refutation (−1 when proved).</param>
/// <param name="Column">The entry column of the refutation (−1 when proved).</param>
/// <param name="LeftValue">The left side's exact value at the witness.</param>
/// <param name="RightValue">The right side's exact value at the witness.</param>
public sealed record EntrywiseOutcome(bool Proved, string Message, IReadOnlyDictionary<string, Rational>? Witness, int Row, int Column, Rational LeftValue, Rational RightValue);
