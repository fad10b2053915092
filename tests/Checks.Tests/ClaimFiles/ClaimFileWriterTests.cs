using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.Tests.ClaimFiles;

public class ClaimFileWriterTests
{
    /// <summary>Characters that break naive YAML: indicators, quotes, backslashes, line breaks, tabs, leading and
    /// doubled spaces, a non-BMP letter (surrogate pair), combining marks, LaTeX.</summary>
    private static readonly string[] Pieces =
    [
        " ", "  ", "\n", "\n\n", "\t", "\r\n", "'", "\"", "\\", "#", ": ", ":", "- ", "-", "{", "}", "[", "]", ",", "&a", "*a", "!", "|",
        ">", "%", "@", "`", "?", "~", "null", "true", "1e-3", "0x1F", "---", "...", "x", "Wⱼ", "𝓜", "W⃗", "é", @"\|A\|_F", @"\frac{1}{2}", "\u0001",
    ];

    private static Config Configuration(int maxTest) =>
        Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261207UL, 104729UL), FSharpOption<int>.None)));

    private static Arbitrary<string[]> Texts =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ArrayOf(5).ToArbitrary();

    [Fact]
    public void Write_ArbitraryTexts_ReadBackUnchanged()
        => Check.One(Configuration(400), Prop.ForAll(Texts, texts => RoundTrips(texts, ClaimFileWriter.Write)));

    [Fact]
    public void Write_NegativeControl_NaivePlainScalarsDoNotRoundTrip()
    {
        bool falsified = false;
        try
        {
            Check.One(Configuration(400), Prop.ForAll(Texts, texts => RoundTrips(texts, NaiveWrite)));
        }
        catch (Exception e) when (e.Message.Contains("Falsifiable", StringComparison.Ordinal))
        {
            falsified = true;
        }

        Assert.True(falsified, "the generated texts never break naive YAML: the round-trip property cannot fail");
    }

    [Fact]
    public void Write_SharedSetting_IsWrittenOnceAndReferredToByAlias()
    {
        var file = Build(["s", "L", "shared setting", "h", "x"]) with { Settings = [new("loss", "shared setting")] };
        string text = ClaimFileWriter.Write(file);
        Assert.Contains("  loss: &loss shared setting\n", text, StringComparison.Ordinal);
        Assert.Contains("    setting: *loss\n", text, StringComparison.Ordinal);
        Assert.Equal("shared setting", ClaimFileReader.Parse(text, "t.yaml").Claims[0].Entry.Setting);
    }

    [Fact]
    public void Write_BadSettingName_IsRejected()
    {
        var file = Build(["s", "L", "x", "h", "x"]) with { Settings = [new("Bad Name", "x")] };
        Assert.Throws<ArgumentException>(() => ClaimFileWriter.Write(file));
    }

    [Fact]
    public void WriteCheck_NestedModifiers_ReadBackAsTheSameTree()
    {
        string yaml = "paper: { key: demo, title: T }\nclaims:\n  - id: demo/lemma1\n    label: L\n    kind: lemma\n    statement: s\n"
            + "    check:\n      inequality: \"norm(A*B) <= norm(A)*norm(B)\"\n      over: { A: \"gaussian(3, 3)\", B: \"gaussian(3, 3)\" }\n"
            + "      instances: 200\n      negative-controls:\n        - inequality: \"norm(A*B) <= 0.5*norm(A)*norm(B)\"\n";
        var claim = ClaimFileReader.Parse(yaml, "t.yaml").Claims[0];
        var back = ClaimFileReader.Parse(ClaimFileWriter.Write(new ClaimFile(new PaperInfo("demo", "T", string.Empty), [claim], "t.yaml")), "u.yaml").Claims[0];
        Assert.Equal(Dump(claim.Check.Node), Dump(back.Check.Node));
        Assert.Equal("inequality", back.Check.Form);
    }

    private static bool RoundTrips(string[] texts, Func<ClaimFile, IReadOnlyList<string>?, string> write)
    {
        var file = Build(texts);
        try
        {
            var back = ClaimFileReader.Parse(write(file, null), "t.yaml").Claims[0].Entry;
            var e = file.Claims[0].Entry;
            return back.Statement == e.Statement && back.Label == e.Label && back.Setting == e.Setting
                && back.Hypotheses.SequenceEqual(e.Hypotheses) && back.Handling == e.Handling;
        }
        catch (ClaimFileException)
        {
            return false;
        }
    }

    private static ClaimFile Build(string[] texts)
    {
        var entry = new InventoryEntry("demo/lemma1", "demo", "L" + texts[1], ClaimKind.Lemma, "x" + texts[0], texts[2], [texts[3]], texts[4]);
        var check = new YamlMappingNode(new YamlScalarNode("pending"), new YamlScalarNode("later"));
        return new ClaimFile(new PaperInfo("demo", "T", string.Empty), [new ClaimFileEntry(entry, new CheckSpec("pending", check, 0), "t.yaml", 0)], "t.yaml");
    }

    private static string NaiveWrite(ClaimFile file, IReadOnlyList<string>? header)
    {
        var e = file.Claims[0].Entry;
        return $"paper: {{ key: demo, title: T }}\nclaims:\n  - id: {e.Id}\n    label: {e.Label}\n    kind: lemma\n    statement: {e.Statement}\n"
            + $"    setting: {e.Setting}\n    hypotheses:\n      - {e.Hypotheses[0]}\n    handling: {e.Handling}\n    check: {{ pending: later }}\n";
    }

    private static string Dump(YamlNode node) => node switch
    {
        YamlScalarNode s => "'" + s.Value + "'",
        YamlSequenceNode q => "[" + string.Join(",", q.Children.Select(Dump)) + "]",
        YamlMappingNode m => "{" + string.Join(",", m.Children.Select(kv => Dump(kv.Key) + ":" + Dump(kv.Value))) + "}",
        _ => "?",
    };
}
