namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>The kinds of token of the claim-file expression language.</summary>
public enum TokenKind
{
    /// <summary>A decimal number: <c>2</c>, <c>0.5</c>, <c>1e-3</c>.</summary>
    Number,

    /// <summary>A name: letters, digits and <c>_</c>, starting with a letter or <c>_</c> (<c>W1</c>, <c>delta</c>, <c>W_2</c>).</summary>
    Name,

    /// <summary>An operator or punctuation: <c>+ - * / ^ ' ( ) [ ] , : .. &lt;= &lt; &gt;= &gt; == !=</c>.</summary>
    Symbol,

    /// <summary>The end of the text.</summary>
    End,
}
