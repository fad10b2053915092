namespace DeepLinear.Checks.Catalog;

/// <summary>
/// The kind of a numbered item of a paper; the lower-case name is the kind part of a claim id
/// (<c>&lt;paper&gt;/&lt;kind&gt;&lt;number&gt;[#&lt;part&gt;][~fixed]</c>).
/// </summary>
public enum ClaimKind
{
    /// <summary>A definition (<c>def</c>), encoded as a predicate.</summary>
    Def,

    /// <summary>A lemma (<c>lemma</c>).</summary>
    Lemma,

    /// <summary>A proposition (<c>prop</c>).</summary>
    Prop,

    /// <summary>A theorem (<c>thm</c>).</summary>
    Thm,

    /// <summary>A corollary (<c>cor</c>).</summary>
    Cor,

    /// <summary>A claim (<c>claim</c>).</summary>
    Claim,

    /// <summary>A remark with a formula (<c>remark</c>).</summary>
    Remark,

    /// <summary>A procedure (<c>proc</c>).</summary>
    Proc,

    /// <summary>A numbered display stating an identity or inequality (<c>eq</c>).</summary>
    Eq,

    /// <summary>A checkable factual sentence of the running text (<c>text</c>), numbered in reading order.</summary>
    Text,
}
