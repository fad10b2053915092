using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles;

public class ClaimFileReaderTests
{
    private const string Valid = """
        paper: { key: demo, title: "Demo paper", source: "arXiv:0000.00000" }
        settings:
          loss: &loss "L(W) = ½‖W − Φ‖²_F"
        claims:
          - id: demo/lemma1
            label: "Lemma 1"
            kind: lemma
            statement: |-
              \|AB\|_F \le \|A\|\,\|B\|_F
            setting: *loss
            hypotheses: ["A, B real matrices", "sizes agree"]
            handling: numeric
            check: { code: nrt/lemma3.1 }
          - id: demo/eq2#a~fixed
            label: "Equation (2), part (a), corrected"
            kind: eq
            statement: 'a \le b'
            same-as: nrt/prop3.2
            draft: true
            check:
              pending: "not encoded yet"
        """;

    [Fact]
    public void Parse_ValidFile_ReadsPaperSettingsAndClaims()
    {
        var file = ClaimFileReader.Parse(Valid, "demo.yaml");
        Assert.Equal(new PaperInfo("demo", "Demo paper", "arXiv:0000.00000"), file.Paper);
        Assert.Equal("demo.yaml", file.FileName);
        Assert.Equal([new KeyValuePair<string, string>("loss", "L(W) = ½‖W − Φ‖²_F")], file.Settings);
        Assert.Equal(2, file.Claims.Count);
        var first = file.Claims[0];
        Assert.Equal("demo/lemma1", first.Entry.Id);
        Assert.Equal("demo", first.Entry.Paper);
        Assert.Equal(ClaimKind.Lemma, first.Entry.Kind);
        Assert.Equal(@"\|AB\|_F \le \|A\|\,\|B\|_F", first.Entry.Statement);
        Assert.Equal("L(W) = ½‖W − Φ‖²_F", first.Entry.Setting);
        Assert.Equal(["A, B real matrices", "sizes agree"], first.Entry.Hypotheses);
        Assert.Equal("numeric", first.Entry.Handling);
        Assert.Equal("code", first.Check.Form);
        Assert.Equal("nrt/lemma3.1", first.Check.FormText);
        Assert.Equal(5, first.Line);
        Assert.Equal(13, first.Check.Line);
        Assert.Null(first.SameAs);
        Assert.False(first.Draft);
        var second = file.Claims[1];
        Assert.Equal("pending", second.Check.Form);
        Assert.Equal(string.Empty, second.Entry.Setting);
        Assert.Empty(second.Entry.Hypotheses);
        Assert.Equal("nrt/prop3.2", second.SameAs);
        Assert.True(second.Draft);
    }

    [Theory]
    [InlineData("paper: [\n", "demo.yaml:", "(yaml)", "not valid YAML")]
    [InlineData("- a\n- b\n", "demo.yaml:1:1", "(document)", "must be a mapping")]
    [InlineData("paper: { key: demo, title: T }\nclaims: []\nextra: 1\n", "demo.yaml:3:1", "extra", "unknown key")]
    [InlineData("claims: []\n", "demo.yaml:1:1", "paper", "is required")]
    [InlineData("paper: { key: Demo, title: T }\nclaims: [{}]\n", "demo.yaml:1:15", "paper.key", "lower-case letters and digits")]
    [InlineData("paper: { key: demo, title: '' }\nclaims: [{}]\n", "demo.yaml:1:28", "paper.title", "must not be empty")]
    [InlineData("paper: { key: demo, title: T, year: 2020 }\nclaims: [{}]\n", "demo.yaml:1:31", "paper.year", "unknown key")]
    [InlineData("paper: { key: demo, title: T }\nclaims: []\n", "demo.yaml:2:9", "claims", "non-empty list")]
    [InlineData("paper: { key: demo, title: T }\nclaims: [ 3 ]\n", "demo.yaml:2:11", "claims[0]", "must be a mapping")]
    public void Parse_StructureError_NamesFileLineKeyAndRule(string yaml, string where, string key, string rule)
        => AssertError(yaml, where, key, rule);

    [Theory]
    [InlineData("id: demo/Lemma1", "id", "demo/Lemma1", "grammar")]
    [InlineData("id: other/lemma1", "id", "other/lemma1", "file's paper key 'demo/'")]
    [InlineData("kind: theorem", "kind", "theorem", "kind must be one of def lemma")]
    [InlineData("kind: prop", "kind", "prop", "must agree with the kind 'lemma'")]
    [InlineData("label: [a, b]", "label", "(a list)", "must be text")]
    [InlineData("statement: ' '", "statement", " ", "must not be empty")]
    [InlineData("hypotheses: one", "hypotheses", "one", "list of texts")]
    [InlineData("hypotheses: [[x]]", "hypotheses[0]", "(a list)", "must be text")]
    [InlineData("draft: maybe", "draft", "maybe", "true or false")]
    [InlineData("same-as: nothing", "same-as", "nothing", "must be a claim id")]
    [InlineData("colour: red", "colour", "colour", "unknown key")]
    [InlineData("reading: { kind: wrong, why: w, encodes: [e] }", "reading.kind", "wrong", "the reading must be one of false, notation, possibly-extraction, convention")]
    [InlineData("reading: { kind: false, why: w, encodes: [] }", "reading.encodes", "(a list)", "encodes must list")]
    [InlineData("reading: { kind: false, why: w, encodes: [e], witness: x }", "reading.witness", "witness", "unknown key")]
    [InlineData("reading: { kind: false, why: w, encodes: [e] }", "reading", "(a mapping)", "needs an erratum")]
    [InlineData("erratum: demo/sign", "erratum", "demo/sign", "belongs to a refuted claim")]
    [InlineData("check: code", "check", "code", "exactly one form key")]
    [InlineData("check: { negative-controls: [] }", "check", "{negative-controls}", "none was found")]
    [InlineData("check: { code: x, pending: y }", "check", "{code, pending}", "found 2")]
    public void Parse_ClaimError_NamesFileLineKeyValueAndRule(string replacement, string key, string value, string rule)
    {
        string keyName = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var lines = ValidClaimLines();
        int index = lines.FindIndex(l => l.TrimStart(' ', '-').StartsWith(keyName + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = lines[index][..(lines[index].Length - lines[index].TrimStart(' ', '-').Length)] + replacement;
        }
        else
        {
            index = 4;
            lines.Insert(index, "    " + replacement);
        }

        int line = index + 3;
        string yaml = "paper: { key: demo, title: T }\nclaims:\n" + string.Join("\n", lines) + "\n";
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse(yaml, "demo.yaml"));
        Assert.Equal("demo.yaml", error.FileName);
        Assert.Equal(line, error.Line);
        Assert.Equal("claims[0]." + key, error.Key);
        Assert.Equal(value, error.Value);
        Assert.Contains(rule, error.Rule, StringComparison.Ordinal);
        Assert.StartsWith($"demo.yaml:{line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"key 'claims[0].{key}' = '{value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadingAndErratum_AreReadIntoTheEntry()
    {
        string yaml = "paper: { key: demo, title: T }\nclaims:\n" + string.Join("\n", ValidClaimLines().Take(4))
            + "\n    reading:\n      kind: possibly-extraction\n      why: a transpose dropped\n      encodes: [\"Lemma 1: A, B real\"]"
            + "\n    erratum: demo/lemma1-transpose\n    check: { pending: later }\n";
        var entry = ClaimFileReader.Parse(yaml, "demo.yaml").Claims[0].Entry;
        Assert.Equal(RefutationReadingKind.PossiblyExtraction, entry.Reading!.Kind);
        Assert.Equal("possibly-extraction", entry.Reading.KindName);
        Assert.Equal("a transpose dropped", entry.Reading.Why);
        Assert.Equal(["Lemma 1: A, B real"], entry.Reading.Encodes);
        Assert.Equal("demo/lemma1-transpose", entry.Erratum);
    }

    [Theory]
    [InlineData("other/x")]
    [InlineData("demo/Upper")]
    [InlineData("demo")]
    public void Parse_ErratumOfAnotherPaperOrMalformed_IsRejected(string erratum)
    {
        string yaml = "paper: { key: demo, title: T }\nclaims:\n" + string.Join("\n", ValidClaimLines().Take(4))
            + "\n    reading: { kind: false, why: w, encodes: [e] }\n    erratum: " + erratum + "\n    check: { pending: later }\n";
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse(yaml, "demo.yaml"));
        Assert.Equal("claims[0].erratum", error.Key);
        Assert.Contains("erratum must be 'demo/<name>'", error.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("label")]
    [InlineData("kind")]
    [InlineData("statement")]
    [InlineData("check")]
    public void Parse_RequiredClaimKeyMissing_NamesTheKey(string key)
    {
        var lines = ValidClaimLines().Where(l => !l.TrimStart(' ', '-').StartsWith(key + ":", StringComparison.Ordinal)).ToList();
        if (key == "id")
        {
            lines[0] = "  - " + lines[0].TrimStart();
        }

        string yaml = "paper: { key: demo, title: T }\nclaims:\n" + string.Join("\n", lines) + "\n";
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse(yaml, "demo.yaml"));
        Assert.Equal("claims[0]." + key, error.Key);
        Assert.Null(error.Value);
        Assert.Equal(3, error.Line);
        Assert.Contains($"key 'claims[0].{key}' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateId_NamesBothLines()
    {
        string claim = string.Join("\n", ValidClaimLines());
        string yaml = "paper: { key: demo, title: T }\nclaims:\n" + claim + "\n" + claim + "\n";
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse(yaml, "demo.yaml"));
        Assert.Equal("claims[1].id", error.Key);
        Assert.Equal("demo/lemma1", error.Value);
        Assert.Equal(8, error.Line);
        Assert.Contains("already used on line 3", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_IsAYamlErrorWithItsLine()
    {
        string yaml = "paper: { key: demo, title: T }\npaper: { key: demo, title: T }\nclaims: [{}]\n";
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse(yaml, "demo.yaml"));
        Assert.Equal("(yaml)", error.Key);
        Assert.True(error.Line >= 1);
        Assert.Contains("not valid YAML", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoDocuments_IsRejected()
    {
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse("a: 1\n---\nb: 2\n", "demo.yaml"));
        Assert.Equal("(document)", error.Key);
        Assert.Equal("2", error.Value);
    }

    [Fact]
    public void Read_MissingFile_NamesThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), "dlv-no-such-folder-" + Guid.NewGuid().ToString("N"), "x.yaml");
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Read(path));
        Assert.Equal(path, error.FileName);
        Assert.Equal("(file)", error.Key);
        Assert.Contains("cannot be read", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExistingFile_EqualsParseOfItsText()
    {
        string path = Path.Combine(Path.GetTempPath(), "dlv-claims-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, Valid);
        try
        {
            var file = ClaimFileReader.Read(path);
            Assert.Equal(path, file.FileName);
            Assert.Equal(2, file.Claims.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> ValidClaimLines() =>
    [
        "  - id: demo/lemma1",
        "    label: \"Lemma 1\"",
        "    kind: lemma",
        "    statement: 'a \\le b'",
        "    check: { pending: \"later\" }",
    ];

    private static void AssertError(string yaml, string where, string key, string rule)
    {
        var error = Assert.Throws<ClaimFileException>(() => ClaimFileReader.Parse(yaml, "demo.yaml"));
        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
        Assert.Equal(key, error.Key);
        Assert.Contains(rule, error.Rule, StringComparison.Ordinal);
    }
}
