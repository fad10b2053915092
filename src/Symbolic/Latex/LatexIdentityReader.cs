using System.Text;
using DeepLinear.Symbolic.Parsing;

namespace DeepLinear.Symbolic.Latex;

/// <summary>
/// Reads an identity written in LaTeX (<c>dlv prove --latex</c>, and LaTeX identities in claim files) into the plain
/// identity language of <see cref="FreeParser"/>. Understood: <c>=</c>; <c>\operatorname{tr}</c>, <c>\mathrm{tr}</c>,
/// <c>\mathrm{Tr}</c>, <c>\operatorname{Tr}</c>, <c>\tr</c>; transposes <c>^T</c>, <c>^\top</c>, <c>^{\top}</c>,
/// <c>^{T}</c>, <c>^\intercal</c>; inverses and powers <c>^{-1}</c>, <c>^{2}</c>; <c>\cdot</c>, <c>\times</c>;
/// <c>\frac{a}{b}</c> (b a number); subscripts <c>W_1</c>, <c>W_{j+1}</c> (read as the name <c>W_jp1</c>);
/// <c>\left( … \right)</c>, <c>\bigl(</c> and friends; <c>\mathbf{I}</c>, <c>\mathbf{A}</c>, <c>I_n</c> (the identity);
/// spacing <c>\,</c> <c>\;</c> <c>\!</c> <c>\quad</c> and <c>~</c>; Greek letters (<c>\eta</c> ↦ <c>eta</c>).
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
                else if (command is "top" or "intercal")
                {
                    sb.Append('\'');
                }
                else if (command == "tr")
                {
                    sb.Append(" tr");
                }
                else if (command is "operatorname" or "mathrm" or "mathbf" or "mathit" or "boldsymbol")
                {
                    string argument = ReadGroup(text, ref i, start, command);
                    sb.Append(argument is "tr" or "Tr" or "trace" ? " tr" : argument == "I" ? " I " : " " + argument + " ");
                }
                else if (command == "frac")
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
                i++;
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                if (i < text.Length && text[i] == '{')
                {
                    string exponent = ReadGroup(text, ref i, i, "^").Trim();
                    sb.Append(exponent is "T" or "\\top" or "\\intercal" or "\\mathsf{T}" ? "'" : "^(" + exponent + ")");
                }
                else if (i + 4 <= text.Length && string.CompareOrdinal(text, i, "\\top", 0, 4) == 0)
                {
                    i += 4;
                    sb.Append('\'');
                }
                else
                {
                    sb.Append('^');
                }
            }
            else if (c == '_')
            {
                i++;
                string subscript = i < text.Length && text[i] == '{' ? ReadGroup(text, ref i, i - 1, "_") : i < text.Length ? text[i++].ToString() : string.Empty;
                string before = sb.ToString().TrimEnd();
                if (before.EndsWith('I') && (before.Length == 1 || !char.IsLetterOrDigit(before[^2])))
                {
                    continue; // I_n is the identity
                }

                sb.Append('_').Append(Sanitize(subscript));
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
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
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
