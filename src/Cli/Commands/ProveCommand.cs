using System.CommandLine;
using DeepLinear.Symbolic.Proving;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv prove "&lt;identity&gt;" [--assume "&lt;lhs&gt; == &lt;rhs&gt;"]… [--shape NAME=RxC]… [--json]</c>: proves an identity of
/// the dimension-free matrix language for all dimensions, or refutes it with an exactly checked witness.
/// Exit 0 proved; 1 refuted or unknown; 2 parse or shape error.
/// </summary>
internal static class ProveCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var identity = new Argument<string>("identity")
        {
            Description = "The identity 'lhs == rhs'. Products by juxtaposition or '*', transpose ' or ^T, tr(...), I, rationals 3/2.",
        };
        var assume = new Option<string[]>("--assume") { Description = "A relation 'lhs == rhs' that may be used as a rewrite rule lhs → rhs (repeatable)." };
        var shape = new Option<string[]>("--shape") { Description = "The shape of a symbol, NAME=RxC with integers or dimension names, e.g. W1=d1xd0 (repeatable). Default: every symbol square of one symbolic size." };
        var json = new Option<bool>("--json") { Description = "Print {\"verdict\",\"message\",\"steps\",\"witness\"} as JSON." };
        var command = new Command("prove", "Prove a matrix identity for all dimensions, or refute it with a checked witness.\n\n"
            + "Examples:\n"
            + "  dlv prove \"(A*B)' == B'*A'\"\n"
            + "  dlv prove \"tr(A*B*C) == tr(C*A*B)\" --json\n"
            + "  dlv prove \"W2'*W2*W2'*W2 == W1*W1'*W1*W1'\" --assume \"W2'*W2 == W1*W1'\" --shape W1=d1xd0 --shape W2=d2xd1\n\n"
            + "Exit codes: 0 proved, 1 refuted or unknown, 2 parse or shape error.");
        command.Arguments.Add(identity);
        command.Options.Add(assume);
        command.Options.Add(shape);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var outcome = ProverService.Prove(
                parse.GetValue(identity) ?? string.Empty,
                parse.GetValue(assume) ?? [],
                parse.GetValue(shape) ?? []);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(outcome.ToJson());
            }
            else
            {
                console.Out.WriteLine(outcome.ToText());
            }

            return outcome.ExitCode;
        });
        return command;
    }
}
