namespace DeepLinear.Checks.Catalog;

/// <summary>
/// How a refuted claim is read (issue 12, "one word for different things"): the verdict stays <c>refuted</c>, and the
/// reading says what kind of fault the printed text has. YAML names: <c>false</c>, <c>notation</c>,
/// <c>possibly-extraction</c>, <c>convention</c>.
/// </summary>
public enum RefutationReadingKind
{
    /// <summary><c>false</c>: the statement is mathematically false under every reasonable reading of its notation,
    /// with the hypotheses of the enclosing statement and section.</summary>
    False,

    /// <summary><c>notation</c>: the printed formula is ill-typed or misnamed (tr(X + Y) for matrices of different
    /// sizes meaning tr X + tr Y) while its intent is clear; the intended formula is the <c>~fixed</c> variant.</summary>
    Notation,

    /// <summary><c>possibly-extraction</c>: the fault is probably damage by the text extraction (a transpose or an
    /// index the extractor is seen dropping in a neighbouring line), not an error of the paper.</summary>
    PossiblyExtraction,

    /// <summary><c>convention</c>: the verdict depends on an unstated convention (whether N = 1 or k = 0 is included; a
    /// one-sided versus an absolute bound); under the convention named in the justification the printed text is
    /// false.</summary>
    Convention,
}
