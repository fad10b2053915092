using System.Text;
using DeepLinear.Symbolic.Parsing;

namespace DeepLinear.Symbolic.Latex;

/// <summary>
/// Reads an identity written in LaTeX (<c>dlv prove --latex</c>, and LaTeX identities in claim files) into the plain
/// identity language of <see cref="FreeParser"/>. Understood: <c>=</c>; <c>\operatorname{tr}</c>, <c>\mathrm{tr}</c>,
/// <c>\mathrm{Tr}</c>, <c>\operatorname{Tr}</c>, <c>\tr</c>; transposes <c>^T</c>, <c>^\top</c>, <c>^{\top}</c>,
/// <c>^{T}</c>, <c>^\intercal</c>, <c>^\prime</c>, <c>^\mathsf{T}</c>, <c>^{\rm T}</c>; inverses and powers <c>^{-1}</c>,
/// <c>^{2}</c>; an unbraced superscript is one token, as in LaTeX (<c>A^TA</c> is <c>A^T A</c>; <c>A^23</c> is an error);
/// <c>\cdot</c>, <c>\times</c>; <c>\frac{a}{b}</c>, <c>\tfrac</c>, <c>\dfrac</c> (b a number); subscripts <c>W_1</c>,
/// <c>W_{j+1}</c> (read as the names <c>W1</c> and <c>W_jp1</c>; a subscript ends the name, so <c>W_{j+1}W_j</c> is a product);
/// <c>\left( … \right)</c>, <c>\left[ … \right]</c>, <c>[ … ]</c>, <c>\bigl(</c> and friends; <c>\mathbf{I}</c>, <c>\mathbf{A}</c>, <c>I_n</c> (the identity);
/// spacing <c>\,</c> <c>\;</c> <c>\!</c> <c>\quad</c> and <c>~</c>; Greek letters (<c>\eta</c> ↦ <c>eta</c>). As LaTeX
/// typesets it, each letter is a symbol: <c>AB</c> is the product <c>A B</c> (names of several letters are written
/// <c>\mathrm{AB}</c>); <c>tr</c>, <c>Tr</c>, <c>trace</c> and <c>inv</c> stay function names.
/// The trace of a product may be written without parentheses (<c>\operatorname{tr} A A^T</c> is <c>tr(A A^T)</c>, up to the
/// next <c>+</c>, <c>-</c> or <c>=</c>). A time argument after a matrix (<c>W_j(t)</c>, <c>W(0)</c>) is an error rather
/// than the product with a matrix <c>t</c>.
/// Anything else is an error naming the position in the LaTeX text and the command that could not be read.
/// </summary>
public static class LatexIdentityReader
{
    private static readonly HashSet<string> Spacing = new(StringComparer.Ordinal) { ",", ";", "!", ":", " ", "quad", "qquad", "left", "right", "bigl", "bigr", "Bigl", "Bigr", "big", "Big", "displaystyle" };

    private static readonly HashSet<string> Greek = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "kappa", "lambda", "mu", "nu", "xi",
        "pi", "rho", "sigma", "tau", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma", "Phi", "Psi", "Omega",
    };

    /// <summary>The identity in the plain language (<c>lhs == rhs</c>).</summary>
    /// <param name="latex">The LaTeX identity, with or without surrounding <c>$</c>.</param>
    /// <exception cref="ParseException">With the position in <paramref name="latex"/> and what could not be read.</exception>
    public static string Translate(string latex)
    {
        ArgumentNullException.ThrowIfNull(latex);
        var sb = new StringBuilder();
        int equals = 0;
        int i = 0;
        string text = latex.Trim().Trim('$');
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\')
            {
                int start = i;
                i++;
                string command = i < text.Length && !char.IsAsciiLetter(text[i]) ? text[i++].ToString() : ReadLetters(text, ref i);
                if (Spacing.Contains(command))
                {
                    sb.Append(' ');
                }
                else if (command is "cdot" or "times")
                {
                    sb.Append('*');
                }
                else if (command is "lbrack" or "rbrack")
                {
                    sb.Append(command == "lbrack" ? '(' : ')');
                }
                else if (command is "top" or "intercal" or "prime")
                {
                    sb.Append('\'');
                }
                else if (command == "tr")
                {
                    sb.Append(" tr");
                }
                else if (command is "operatorname" or "mathrm" or "mathbf" or "mathit" or "boldsymbol" or "mathsf" or "text" or "textrm")
                {
                    string argument = ReadGroup(text, ref i, start, command);
                    sb.Append(argument is "tr" or "Tr" or "trace" ? " tr" : argument == "I" ? " I " : " " + argument + " ");
                }
                else if (command is "frac" or "tfrac" or "dfrac")
                {
                    string numerator = Translate(ReadGroup(text, ref i, start, command));
                    string denominator = Translate(ReadGroup(text, ref i, start, command));
                    sb.Append("((").Append(numerator).Append(")/(").Append(denominator).Append("))");
                }
                else if (Greek.Contains(command))
                {
                    sb.Append(' ').Append(command).Append(' ');
                }
                else
                {
                    throw new ParseException(start, "a LaTeX command the identity reader knows (\\operatorname{tr}, \\top, \\cdot, \\frac, \\left( \\right), \\mathbf{I}, spacing, Greek letters)", "'\\" + command + "'");
                }
            }
            else if (c == '^')
            {
                string superscript = ReadSuperscript(text, ref i);
                while (sb.Length > 0 && sb[^1] == ' ')
                {
                    sb.Length--; // \eta^{\top}: the superscript binds to the symbol before it
                }

                sb.Append(superscript);
                if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '\\'))
                {
                    sb.Append(' '); // A^TA: the superscript ends, A^T A
                }
            }
            else if (c == '_')
            {
                i++;
                string subscript = i < text.Length && text[i] == '{' ? ReadGroup(text, ref i, i - 1, "_") : i < text.Length ? text[i++].ToString() : string.Empty;
                string before = sb.ToString().TrimEnd();
                bool identity = before.EndsWith('I') && (before.Length == 1 || !char.IsLetterOrDigit(before[^2]));
                if (!identity)
                {
                    // I_n is the identity: its size subscript is dropped. W_1 and W_{1} are the symbol W1 (as the printer
                    // writes W1), W_{j+1} the symbol W_jp1.
                    string name = Sanitize(subscript);
                    sb.Append(name.Length > 0 && name.All(char.IsAsciiDigit) ? name : "_" + name);
                }

                if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '\\'))
                {
                    sb.Append(' '); // W_{j+1}W_j: a subscript ends the symbol, as LaTeX typesets it
                }
            }
            else if (c == '=')
            {
                if (++equals > 1)
                {
                    throw new ParseException(i, "one '=' in the identity", "a second '='");
                }

                sb.Append(" == ");
                i++;
            }
            else if (c == '(' && TimeArgument(text, i, sb) is { } argument)
            {
                throw new ParseException(i, "no argument list after a matrix: the identity language has no functions of time (write W_j for W_j(t), and name a value at another time as its own symbol, e.g. W_{j,0} for W_j(0))", "'" + argument + "' directly after a symbol, which would otherwise be read as the product with the matrix " + argument.Trim('(', ')'));
            }
            else if (c is '[' or ']')
            {
                sb.Append(c == '[' ? '(' : ')');
                i++;
            }
            else if (c is '{' or '}')
            {
                sb.Append(c == '{' ? '(' : ')');
                i++;
            }
            else if (c == '~')
            {
                sb.Append(' ');
                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                string letters = ReadLetters(text, ref i);
                sb.Append(letters.Length == 1 || letters is "tr" or "Tr" or "trace" or "inv" ? letters : " " + string.Join(' ', letters.ToCharArray()) + " ");
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return WrapBareTraces(sb.ToString());
    }

    /// <summary>
    /// The trace of a product written without parentheses, as papers do (<c>\operatorname{tr} A B^\top</c>): the
    /// argument runs to the next <c>+</c>, <c>-</c> or <c>=</c> outside parentheses (or the closing parenthesis around
    /// it), so <c>tr A B + C</c> is <c>tr(A B) + C</c> and <c>tr A^{-1} B</c> is <c>tr(A^(-1) B)</c>. A trace followed by
    /// its own parentheses is left as it is.
    /// </summary>
    /// <param name="plain">The translated identity.</param>
    private static string WrapBareTraces(string plain)
    {
        for (int guard = 0; guard < 1000; guard++)
        {
            int at = BareTrace(plain);
            if (at < 0)
            {
                return plain;
            }

            int start = at + (string.CompareOrdinal(plain, at, "trace", 0, 5) == 0 ? 5 : 2);
            int depth = 0;
            int end = start;
            for (; end < plain.Length; end++)
            {
                char ch = plain[end];
                if (ch == '(')
                {
                    depth++;
                }
                else if (ch == ')')
                {
                    if (--depth < 0)
                    {
                        break;
                    }
                }
                else if (depth == 0 && (ch is '+' or '=' || (ch == '-' && plain[..end].TrimEnd() is var before && !before.EndsWith('^'))))
                {
                    break;
                }
            }

            string argument = plain[start..end].Trim();
            if (argument.Length == 0)
            {
                return plain; // nothing to take: the parser says that a trace needs an argument
            }

            plain = plain[..start] + "(" + argument + ") " + plain[end..];
        }

        return plain;
    }

    // The position of the first tr, Tr or trace (a whole word) whose next non-space character is not '('; -1 if none.
    private static int BareTrace(string plain)
    {
        for (int i = 0; i < plain.Length; i++)
        {
            if (!char.IsAsciiLetter(plain[i]) || (i > 0 && (char.IsLetterOrDigit(plain[i - 1]) || plain[i - 1] == '_')))
            {
                continue;
            }

            int j = i;
            while (j < plain.Length && (char.IsLetterOrDigit(plain[j]) || plain[j] == '_'))
            {
                j++;
            }

            if (plain[i..j] is "tr" or "Tr" or "trace")
            {
                int k = j;
                while (k < plain.Length && plain[k] == ' ')
                {
                    k++;
                }

                if (k >= plain.Length || plain[k] != '(')
                {
                    return i;
                }
            }

            i = j - 1;
        }

        return -1;
    }

    // '(' at i directly after a symbol (no space; not after tr, Tr, trace or inv) holding a time-like argument only: a
    // number, one lowercase letter with an optional subscript, or such a letter plus or minus a number — W_j(t), W(0),
    // W(k+1), W(t_0). Returns the parenthesized text, or null when the parenthesis is an ordinary group.
    private static string? TimeArgument(string text, int i, StringBuilder sb)
    {
        if (sb.Length == 0 || !(char.IsLetterOrDigit(sb[^1]) || sb[^1] == '\'' || sb[^1] == '_') || i == 0 || text[i - 1] == ' ')
        {
            return null;
        }

        int word = sb.Length;
        while (word > 0 && (char.IsLetterOrDigit(sb[word - 1]) || sb[word - 1] == '_'))
        {
            word--;
        }

        if (sb.ToString(word, sb.Length - word) is "tr" or "Tr" or "trace" or "inv")
        {
            return null;
        }

        int close = text.IndexOf(')', i);
        if (close < 0)
        {
            return null;
        }

        string inside = text[(i + 1)..close];
        return System.Text.RegularExpressions.Regex.IsMatch(inside, @"^\s*(\d+|[a-z](_\{?\w+\}?)?(\s*[+-]\s*\d+)?)\s*$") ? text[i..(close + 1)] : null;
    }

    /// <summary>
    /// The lowercase Greek letters of <paramref name="latex"/> (<c>\eta</c> ↦ <c>eta</c>): scalars, as papers use them (step
    /// sizes, weights, eigenvalues), unless a shape declaration says otherwise. Capital Greek letters (<c>\Sigma</c>) stay
    /// matrices.
    /// </summary>
    /// <param name="latex">The LaTeX text.</param>
    public static IReadOnlyList<string> GreekScalarNames(string latex)
    {
        ArgumentNullException.ThrowIfNull(latex);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < latex.Length; i++)
        {
            if (latex[i] == '\\')
            {
                int j = i + 1;
                string command = ReadLetters(latex, ref j);
                if (Greek.Contains(command) && char.IsLower(command[0]))
                {
                    names.Add(command);
                }

                i = j - 1;
            }
        }

        return [.. names];
    }

    /// <summary>Parses a LaTeX identity: <see cref="Translate"/> then <see cref="FreeParser.ParseIdentity"/>.</summary>
    /// <param name="latex">The LaTeX identity.</param>
    /// <exception cref="ParseException">For LaTeX it cannot read, or (with the translated text quoted) a syntax error after translation.</exception>
    public static (Free.FreeExpr Left, Free.FreeExpr Right) ParseIdentity(string latex)
    {
        string plain = Translate(latex);
        try
        {
            return FreeParser.ParseIdentity(plain);
        }
        catch (ParseException e)
        {
            throw new ParseException(e.Position, e.Expected + $" (in the translation '{plain}' of the LaTeX input)", e.Found);
        }
    }

    // A superscript at i (on '^'): a transpose (T, \top, \intercal, \prime, \mathsf{T}, \mathrm{T}, in braces or not)
    // becomes ', anything else in braces ^(…), and one unbraced token is the whole exponent, as LaTeX reads it: A^TA is
    // A^T A. Two digits without braces (A^23, which LaTeX typesets as A²3) are an error rather than a silent A²·3.
    private static string ReadSuperscript(string text, ref int i)
    {
        int caret = i;
        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length)
        {
            throw new ParseException(caret, "an exponent after '^' (T, \\top, {-1}, {2})", "the end of the input");
        }

        string exponent;
        if (text[i] == '{')
        {
            exponent = ReadGroup(text, ref i, caret, "^").Trim();
        }
        else if (text[i] == '\\')
        {
            int start = i++;
            string command = ReadLetters(text, ref i);
            exponent = command is "mathsf" or "mathrm" or "text" or "textsf" or "mathit"
                ? "\\" + command + "{" + ReadGroup(text, ref i, start, "\\" + command) + "}"
                : "\\" + command;
        }
        else if (text[i] == '-' || text[i] == '+')
        {
            return "^"; // A^-1: the plain language reads the signed integer that follows
        }
        else
        {
            exponent = text[i++].ToString();
            if (char.IsAsciiDigit(exponent[0]) && i < text.Length && char.IsAsciiDigit(text[i]))
            {
                throw new ParseException(caret, "braces around an exponent of more than one digit (LaTeX reads A^23 as A^{2}3; write A^{23})", "'^" + exponent + text[i] + "'");
            }
        }

        string compact = string.Concat(exponent.Where(ch => ch != ' '));
        if (compact is "T" or "\\top" or "\\intercal" or "\\prime" or "'" or "\\mathsf{T}" or "\\mathrm{T}" or "\\text{T}" or "\\textsf{T}" or "\\rmT" or "\\sfT")
        {
            return "'";
        }

        if (exponent.StartsWith('\\'))
        {
            throw new ParseException(caret, "an exponent the identity reader knows (T, \\top, \\intercal, \\prime, \\mathsf{T}, {-1}, {2})", "'^" + exponent + "'");
        }

        return "^(" + exponent + ")";
    }

    private static string ReadLetters(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    // The content of {…} at i (nested braces allowed), or a single character / command.
    private static string ReadGroup(string text, ref int i, int commandStart, string command)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length)
        {
            throw new ParseException(i, $"an argument after '{command}'", "the end of the input");
        }

        if (text[i] != '{')
        {
            return text[i++].ToString();
        }

        int depth = 0;
        int start = i + 1;
        for (; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                i++;
                return text[start..(i - 1)];
            }
        }

        throw new ParseException(commandStart, $"a closing '}}' for the argument of '{command}'", "the end of the input");
    }

    private static string Sanitize(string subscript) => string.Concat(subscript.Select(ch => ch switch
    {
        '+' => "p",
        '-' => "m",
        ' ' or ',' => string.Empty,
        _ when char.IsLetterOrDigit(ch) => ch.ToString(),
        _ => "_",
    }));
}
