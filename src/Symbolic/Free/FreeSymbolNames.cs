namespace DeepLinear.Symbolic.Free;

/// <summary>The names of the symbols an expression of the dimension-free language uses (for witness search, claim files
/// and <c>claims init</c> drafts).</summary>
public static class FreeSymbolNames
{
    /// <summary>Adds the names of every symbol in <paramref name="e"/> (matrix and scalar symbols; not <c>I</c>) to
    /// <paramref name="symbols"/>.</summary>
    /// <param name="e">The expression.</param>
    /// <param name="symbols">The set to add to.</param>
    public static void Collect(FreeExpr e, ISet<string> symbols)
    {
        switch (e)
        {
            case FreeSymbol s:
                symbols.Add(s.Name);
                break;
            case FreeTranspose t:
                Collect(t.Operand, symbols);
                break;
            case FreeScale c:
                Collect(c.Operand, symbols);
                break;
            case FreeTrace tr:
                Collect(tr.Operand, symbols);
                break;
            case FreePower p:
                Collect(p.Operand, symbols);
                break;
            case FreeInverse inv:
                Collect(inv.Operand, symbols);
                break;
            case FreeProduct p:
                foreach (var f in p.Factors)
                {
                    Collect(f, symbols);
                }

                break;
            case FreeSum s:
                foreach (var f in s.Terms)
                {
                    Collect(f, symbols);
                }

                break;
        }
    }
}
