namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// Parses the claim-file expression language. Grammar (loosest first):
/// <code>
/// condition  := conjunct ("or" conjunct)*
/// conjunct   := clause ("and" clause)*
/// clause     := "forall" NAME "in" sum ".." sum ":" condition | sum (("&lt;="|"&lt;"|"&gt;="|"&gt;"|"=="|"!=") sum)?
/// sum        := term (("+"|"-") term)*
/// term       := unary (("*"|"/") unary | unary)*        juxtaposition multiplies: 2 A, A B
/// unary      := "-" unary | power
/// power      := postfix ("^" ("T" | "-"? postfix))?     A^T is the transpose; a^-1 a power
/// postfix    := primary ("'" | "[" sum "]")*
/// primary    := NUMBER | NAME | NAME "(" args ")" | ("sum"|"prod") "(" NAME "in" sum ".." sum ":" sum ")" | "(" condition ")"
/// </code>
/// A name followed by <c>(</c> is a call when it names a function or generator (<see cref="KnownFunctions"/>), and a
/// product by juxtaposition otherwise. Errors name the position and what was expected.
/// </summary>
public sealed class ExpressionParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "and", "or", "in", "forall" };

    private readonly IReadOnlyList<Token> tokens;
    private readonly string text;
    private readonly ISet<string> functions;
    private int index;

    private ExpressionParser(string text, ISet<string> functions)
    {
        this.text = text;
        this.functions = functions;
        tokens = Tokenizer.Tokenize(text);
    }

    /// <summary>The names read as calls when followed by <c>(</c>: the functions of <see cref="ExpressionEvaluator"/>
    /// and the generators of <c>Generators.GeneratorLibrary</c>.</summary>
    public static ISet<string> KnownFunctions { get; } = new HashSet<string>(
        ExpressionEvaluator.FunctionNames.Concat(Generators.GeneratorLibrary.Names), StringComparer.Ordinal);

    /// <summary>Parses an expression or condition.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ExpressionException">A syntax error, with position and what was expected.</exception>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ExpressionParser(text, KnownFunctions);
        var result = parser.ParseCondition();
        parser.Expect(TokenKind.End, "end of text (an operator, 'and' or 'or')");
        return result;
    }

    private Token Current => tokens[index];

    private Token Next() => tokens[index++];

    private ExpressionException Error(string expected)
        => new($"at position {Current.Position} ('{Excerpt(Current.Position)}'): expected {expected}, found {Current.Describe()}", Current.Position);

    private string Excerpt(int position)
    {
        int start = Math.Max(0, position - 10);
        int end = Math.Min(text.Length, position + 10);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }

    private void Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Error(expected);
        }

        index++;
    }

    private void ExpectSymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            throw Error("'" + symbol + "'");
        }

        index++;
    }

    private string ExpectName(string what)
    {
        if (Current.Kind != TokenKind.Name || Keywords.Contains(Current.Text))
        {
            throw Error(what);
        }

        return Next().Text;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!Current.IsName(keyword))
        {
            throw Error("'" + keyword + "'");
        }

        index++;
    }

    private Expr ParseCondition()
    {
        var left = ParseConjunct();
        while (Current.IsName("or"))
        {
            int position = Next().Position;
            left = new LogicalExpr(false, left, ParseConjunct()) { Position = position };
        }

        return left;
    }

    private Expr ParseConjunct()
    {
        var left = ParseClause();
        while (Current.IsName("and"))
        {
            int position = Next().Position;
            left = new LogicalExpr(true, left, ParseClause()) { Position = position };
        }

        return left;
    }

    private Expr ParseClause()
    {
        if (Current.IsName("forall"))
        {
            int position = Next().Position;
            var (name, from, to) = ParseRangeHead();
            return new RangeExpr(RangeKind.Forall, name, from, to, ParseCondition()) { Position = position };
        }

        var left = ParseSum();
        ComparisonOperator? op = Current.Kind != TokenKind.Symbol ? null : Current.Text switch
        {
            "<=" => ComparisonOperator.LessOrEqual,
            "<" => ComparisonOperator.Less,
            ">=" => ComparisonOperator.GreaterOrEqual,
            ">" => ComparisonOperator.Greater,
            "==" => ComparisonOperator.Equal,
            "!=" => ComparisonOperator.NotEqual,
            _ => null,
        };
        if (op is null)
        {
            return left;
        }

        int at = Next().Position;
        return new ComparisonExpr(op.Value, left, ParseSum()) { Position = at };
    }

    private (string Name, Expr From, Expr To) ParseRangeHead()
    {
        string name = ExpectName("an index name (forall j in 1..N: …)");
        ExpectKeyword("in");
        var from = ParseSum();
        ExpectSymbol("..");
        var to = ParseSum();
        ExpectSymbol(":");
        return (name, from, to);
    }

    private Expr ParseSum()
    {
        var left = ParseTerm();
        while (Current.IsSymbol("+") || Current.IsSymbol("-"))
        {
            var token = Next();
            var op = token.Text == "+" ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryExpr(op, left, ParseTerm()) { Position = token.Position };
        }

        return left;
    }

    private Expr ParseTerm()
    {
        var left = ParseUnary();
        while (true)
        {
            if (Current.IsSymbol("*") || Current.IsSymbol("/"))
            {
                var token = Next();
                var op = token.Text == "*" ? BinaryOperator.Multiply : BinaryOperator.Divide;
                left = new BinaryExpr(op, left, ParseUnary()) { Position = token.Position };
            }
            else if (StartsPrimary(Current))
            {
                int position = Current.Position;
                left = new BinaryExpr(BinaryOperator.Multiply, left, ParseUnary()) { Position = position };
            }
            else
            {
                return left;
            }
        }
    }

    private static bool StartsPrimary(Token token)
        => token.Kind == TokenKind.Number
            || (token.Kind == TokenKind.Name && !Keywords.Contains(token.Text))
            || token.IsSymbol("(");

    private Expr ParseUnary()
    {
        if (Current.IsSymbol("-"))
        {
            int position = Next().Position;
            return new NegateExpr(ParseUnary()) { Position = position };
        }

        return ParsePower();
    }

    private Expr ParsePower()
    {
        var basis = ParsePostfix();
        if (!Current.IsSymbol("^"))
        {
            return basis;
        }

        int position = Next().Position;
        if (Current.IsName("T"))
        {
            Next();
            return ParsePostfixOperators(new TransposeExpr(basis) { Position = position });
        }

        Expr exponent = Current.IsSymbol("-")
            ? new NegateExpr(ParsePostfixAfterMinus()) { Position = position + 1 }
            : ParsePostfix();
        return new BinaryExpr(BinaryOperator.Power, basis, exponent) { Position = position };
    }

    private Expr ParsePostfixAfterMinus()
    {
        Next();
        return ParsePostfix();
    }

    private Expr ParsePostfix() => ParsePostfixOperators(ParsePrimary());

    private Expr ParsePostfixOperators(Expr expr)
    {
        while (true)
        {
            if (Current.IsSymbol("'"))
            {
                expr = new TransposeExpr(expr) { Position = Next().Position };
            }
            else if (Current.IsSymbol("["))
            {
                int position = Next().Position;
                var subscript = ParseSum();
                Expr? column = null;
                if (Current.IsSymbol(","))
                {
                    Next();
                    column = ParseSum();
                }

                ExpectSymbol("]");
                expr = new IndexExpr(expr, subscript, column) { Position = position };
            }
            else
            {
                return expr;
            }
        }
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        if (token.Kind == TokenKind.Number)
        {
            Next();
            return new NumberExpr(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)) { Position = token.Position };
        }

        if (token.IsSymbol("("))
        {
            Next();
            var inner = ParseCondition();
            ExpectSymbol(")");
            return inner;
        }

        if (token.Kind != TokenKind.Name || Keywords.Contains(token.Text))
        {
            throw Error("a number, a name, a function call or '('");
        }

        Next();
        bool call = Current.IsSymbol("(") && (functions.Contains(token.Text) || token.Text is "sum" or "prod");
        if (!call)
        {
            return new NameExpr(token.Text) { Position = token.Position };
        }

        Next();
        if ((token.Text is "sum" or "prod") && Current.Kind == TokenKind.Name && tokens[index + 1].IsName("in"))
        {
            var (name, from, to) = ParseRangeHead();
            var body = ParseSum();
            ExpectSymbol(")");
            var kind = token.Text == "sum" ? RangeKind.Sum : RangeKind.Product;
            return new RangeExpr(kind, name, from, to, body) { Position = token.Position };
        }

        var arguments = new List<Expr>();
        if (!Current.IsSymbol(")"))
        {
            arguments.Add(ParseCondition());
            while (Current.IsSymbol(","))
            {
                Next();
                arguments.Add(ParseCondition());
            }
        }

        ExpectSymbol(")");
        return new CallExpr(token.Text, arguments) { Position = token.Position };
    }
}
