using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// Reads a claim file (YAML, one file per paper) into a <see cref="ClaimFile"/>, checking every rule of the format
/// before any check runs. The format:
/// <code>
/// paper: { key: demo, title: "…", source: "…" }     # key: lower-case letters and digits
/// settings:                                          # optional: shared settings, referred to by YAML aliases
///   loss: &amp;loss "L(W) = ½‖W − Φ‖²_F"
/// claims:
///   - id: demo/lemma1                                # &lt;key&gt;/&lt;kind&gt;&lt;number&gt;[#part][~fixed]
///     label: "Lemma 1"
///     kind: lemma                                    # def lemma prop thm cor claim remark proc eq text
///     statement: |-                                  # LaTeX as printed
///       \|AB\|_F \le \|A\|\,\|B\|_F
///     setting: *loss                                 # optional
///     hypotheses: ["…"]                              # optional, in words
///     handling: "…"                                  # optional: how the claim is checked, in words
///     reading:                                       # required when the check refutes the claim, else absent
///       kind: false                                  # false notation possibly-extraction convention
///       why: "…"                                     # the justification
///       encodes: ["…"]                               # hypotheses of the statement and section the witness meets
///     erratum: demo/sign-of-eta                      # with reading: the printed error the claim falls with
///     same-as: other/thm2                            # optional: a claim stating the same result
///     draft: true                                    # optional: the check is a draft to confirm
///     check: { code: demo/lemma1 }                   # exactly one form key, modifiers beside it
/// </code>
/// </summary>
/// <remarks>
/// Every error is a <see cref="ClaimFileException"/> naming the file, the line and column, the key path, the value
/// and the rule broken. The reader checks the structure and the keys it owns; the modifiers of a check form are
/// checked by the form's compiler (<see cref="CheckFormRegistry"/>).
/// </remarks>
public static class ClaimFileReader
{
    /// <summary>The keys a claim may have, in the order the writer emits them.</summary>
    public static IReadOnlyList<string> ClaimKeys { get; } =
        ["id", "label", "kind", "statement", "setting", "hypotheses", "handling", "reading", "erratum", "same-as", "draft", "check"];

    /// <summary>The keys of a claim's <c>reading:</c> mapping.</summary>
    public static IReadOnlyList<string> ReadingKeys { get; } = ["kind", "why", "encodes"];

    private static readonly Regex ErratumGrammar = new("^[a-z][a-z0-9]*/[a-z0-9][a-z0-9.-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex PaperKeyGrammar = new("^[a-z][a-z0-9]*$", RegexOptions.CultureInvariant);

    private static readonly string[] TopLevelKeys = ["paper", "settings", "claims"];

    private static readonly string[] PaperKeys = ["key", "title", "source"];

    /// <summary>Reads and parses the claim file at <paramref name="path"/>.</summary>
    /// <param name="path">The path; error messages name it as given.</param>
    /// <returns>The claim file.</returns>
    /// <exception cref="ClaimFileException">The file cannot be read or breaks a rule of the format.</exception>
    public static ClaimFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = error switch
            {
                FileNotFoundException or DirectoryNotFoundException => "there is no file at that path",
                UnauthorizedAccessException => "reading it was refused",
                ArgumentException or NotSupportedException => "the path is empty or not a valid path",
                _ => "reading it failed",
            };
            throw new ClaimFileException(path, 0, 0, "(file)", path, $"the file cannot be read ({why})");
        }

        return Parse(text, path);
    }

    /// <summary>Parses the text of a claim file.</summary>
    /// <param name="yamlText">The YAML text.</param>
    /// <param name="fileName">The file name that error messages and <see cref="ClaimFile.FileName"/> carry.</param>
    /// <returns>The claim file.</returns>
    /// <exception cref="ClaimFileException">The text breaks a rule of the format.</exception>
    public static ClaimFile Parse(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException error)
        {
            string message = error.InnerException is not null ? error.InnerException.Message : error.Message;
            throw new ClaimFileException(
                fileName, (int)error.Start.Line, (int)error.Start.Column, "(yaml)", null, $"the text is not valid YAML: {message.TrimEnd('.')}");
        }

        if (stream.Documents.Count != 1)
        {
            throw new ClaimFileException(
                fileName, 0, 0, "(document)", stream.Documents.Count.ToString(CultureInfo.InvariantCulture),
                "a claim file holds exactly one YAML document (a mapping with paper: and claims:)");
        }

        return new Reader(fileName).ReadFile(stream.Documents[0].RootNode);
    }

    private sealed class Reader(string fileName)
    {
        public ClaimFile ReadFile(YamlNode root)
        {
            var top = Mapping(root, "(document)");
            CheckKeys(top, string.Empty, TopLevelKeys);
            var paper = ReadPaper(Required(top, "paper", string.Empty));
            var settings = Optional(top, "settings") is { } settingsNode ? ReadSettings(settingsNode) : [];
            var claimsNode = Required(top, "claims", string.Empty);
            if (claimsNode is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                throw Error(claimsNode, "claims", Describe(claimsNode), "claims must be a non-empty list of claims (- id: …)");
            }

            var claims = new List<ClaimFileEntry>(sequence.Children.Count);
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                var entry = ReadClaim(sequence.Children[i], $"claims[{i}]", paper.Key);
                if (!lines.TryAdd(entry.Entry.Id, entry.Line))
                {
                    throw Error(
                        sequence.Children[i], $"claims[{i}].id", entry.Entry.Id,
                        $"ids must be unique; the same id is already used on line {lines[entry.Entry.Id]}");
                }

                claims.Add(entry);
            }

            return new ClaimFile(paper, claims, fileName) { Settings = settings };
        }

        private PaperInfo ReadPaper(YamlNode node)
        {
            var paper = Mapping(node, "paper");
            CheckKeys(paper, "paper.", PaperKeys);
            var keyNode = Required(paper, "key", "paper.");
            string key = Text(keyNode, "paper.key");
            if (!PaperKeyGrammar.IsMatch(key))
            {
                throw Error(keyNode, "paper.key", key, "the paper key must be lower-case letters and digits starting with a letter (e.g. nrt, demo2)");
            }

            string title = NonEmptyText(Required(paper, "title", "paper."), "paper.title");
            string source = Optional(paper, "source") is { } sourceNode ? Text(sourceNode, "paper.source") : string.Empty;
            return new PaperInfo(key, title, source);
        }

        private List<KeyValuePair<string, string>> ReadSettings(YamlNode node)
        {
            var settings = Mapping(node, "settings");
            var result = new List<KeyValuePair<string, string>>();
            foreach (var (nameNode, valueNode) in settings.Children)
            {
                string name = Text(nameNode, "settings");
                result.Add(new(name, Text(valueNode, "settings." + name)));
            }

            return result;
        }

        private ClaimFileEntry ReadClaim(YamlNode node, string path, string paperKey)
        {
            var claim = Mapping(node, path);
            CheckKeys(claim, path + ".", ClaimKeys);
            var idNode = Required(claim, "id", path + ".");
            string idText = Text(idNode, path + ".id");
            if (!ClaimId.TryParse(idText, out var id, out string? idError))
            {
                throw Error(idNode, path + ".id", idText, "the id must follow the grammar <paper>/<kind><number>[#<part>][~fixed] (" + idError.TrimEnd('.') + ")");
            }

            if (!string.Equals(id.Paper, paperKey, StringComparison.Ordinal))
            {
                throw Error(idNode, path + ".id", idText, $"the id must start with the file's paper key '{paperKey}/'");
            }

            string label = NonEmptyText(Required(claim, "label", path + "."), path + ".label");
            var kindNode = Required(claim, "kind", path + ".");
            string kindText = Text(kindNode, path + ".kind");
            var kind = Enum.GetValues<ClaimKind>().Where(k => ClaimId.KindName(k) == kindText).Select(k => (ClaimKind?)k).FirstOrDefault()
                ?? throw Error(kindNode, path + ".kind", kindText, "the kind must be one of " + string.Join(" ", Enum.GetValues<ClaimKind>().Select(ClaimId.KindName)));
            if (kind != id.Kind)
            {
                throw Error(kindNode, path + ".kind", kindText, $"the kind must agree with the kind '{ClaimId.KindName(id.Kind)}' of the id '{idText}'");
            }

            string statement = NonEmptyText(Required(claim, "statement", path + "."), path + ".statement");
            string setting = Optional(claim, "setting") is { } settingNode ? Text(settingNode, path + ".setting") : string.Empty;
            var hypotheses = Optional(claim, "hypotheses") is { } hypothesesNode ? TextList(hypothesesNode, path + ".hypotheses") : [];
            string handling = Optional(claim, "handling") is { } handlingNode ? Text(handlingNode, path + ".handling") : string.Empty;
            var readingNode = Optional(claim, "reading");
            var reading = readingNode is null ? null : ReadReading(readingNode, path + ".reading");
            string? erratum = null;
            if (Optional(claim, "erratum") is { } erratumNode)
            {
                erratum = Text(erratumNode, path + ".erratum");
                if (!ErratumGrammar.IsMatch(erratum) || !erratum.StartsWith(paperKey + "/", StringComparison.Ordinal))
                {
                    throw Error(erratumNode, path + ".erratum", erratum, $"erratum must be '{paperKey}/<name>' (lower-case letters, digits, dots and dashes)");
                }

                if (reading is null)
                {
                    throw Error(erratumNode, path + ".erratum", erratum, "erratum belongs to a refuted claim; give its reading: beside it");
                }
            }
            else if (reading is not null)
            {
                throw Error(readingNode!, path + ".reading", "(a mapping)", "a refuted claim's reading needs an erratum: key (the id of the printed error it falls with)");
            }

            string? sameAs = null;
            if (Optional(claim, "same-as") is { } sameAsNode)
            {
                sameAs = Text(sameAsNode, path + ".same-as");
                if (!ClaimId.TryParse(sameAs, out _, out string? sameAsError))
                {
                    throw Error(sameAsNode, path + ".same-as", sameAs, "same-as must be a claim id (" + sameAsError.TrimEnd('.') + ")");
                }
            }

            bool draft = false;
            if (Optional(claim, "draft") is { } draftNode)
            {
                string draftText = Text(draftNode, path + ".draft");
                draft = draftText switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw Error(draftNode, path + ".draft", draftText, "draft must be true or false"),
                };
            }

            var check = ReadCheck(Required(claim, "check", path + "."), path + ".check");
            var entry = new InventoryEntry(idText, paperKey, label, kind, statement, setting, hypotheses, handling) { Reading = reading, Erratum = erratum };
            return new ClaimFileEntry(entry, check, fileName, Line(idNode)) { SameAs = sameAs, Draft = draft };
        }

        private RefutationReading ReadReading(YamlNode node, string path)
        {
            var mapping = Mapping(node, path);
            CheckKeys(mapping, path + ".", ReadingKeys);
            var kindNode = Required(mapping, "kind", path + ".");
            string kindText = Text(kindNode, path + ".kind");
            if (!RefutationReading.TryParseKind(kindText, out var kind))
            {
                throw Error(kindNode, path + ".kind", kindText, "the reading must be one of " + string.Join(", ", RefutationReading.KindNames));
            }

            string why = NonEmptyText(Required(mapping, "why", path + "."), path + ".why");
            var encodesNode = Required(mapping, "encodes", path + ".");
            var encodes = TextList(encodesNode, path + ".encodes");
            if (encodes.Length == 0 || encodes.Any(e => e.Trim().Length == 0))
            {
                throw Error(encodesNode, path + ".encodes", "(a list)", "encodes must list, each non-empty, the hypotheses of the statement and its section that the refutation encodes");
            }

            return new RefutationReading(kind, why, encodes);
        }

        private CheckSpec ReadCheck(YamlNode node, string path)
        {
            if (node is not YamlMappingNode check)
            {
                throw Error(node, path, Describe(node), "check must be a mapping with exactly one form key (" + string.Join(", ", CheckSpec.FormNames) + ")");
            }

            var forms = check.Children.Keys
                .Select(k => (Node: k, Name: k is YamlScalarNode s ? s.Value ?? string.Empty : string.Empty))
                .Where(k => CheckSpec.FormNames.Contains(k.Name, StringComparer.Ordinal))
                .ToList();
            if (forms.Count != 1)
            {
                string found = forms.Count == 0
                    ? string.Join(", ", check.Children.Keys.Select(Describe))
                    : string.Join(", ", forms.Select(f => f.Name));
                throw Error(
                    node, path, "{" + found + "}",
                    forms.Count == 0
                        ? "check must hold exactly one form key, one of " + string.Join(", ", CheckSpec.FormNames) + "; none was found"
                        : "check must hold exactly one form key; found " + forms.Count.ToString(CultureInfo.InvariantCulture));
            }

            return new CheckSpec(forms[0].Name, check, Line(forms[0].Node));
        }

        private static int Line(YamlNode node) => (int)node.Start.Line;

        private static YamlNode? Optional(YamlMappingNode mapping, string key)
            => mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private YamlNode Required(YamlMappingNode mapping, string key, string prefix)
            => Optional(mapping, key)
                ?? throw new ClaimFileException(
                    fileName, Line(mapping), (int)mapping.Start.Column, prefix + key, null, $"the key '{key}' is required here");

        private YamlMappingNode Mapping(YamlNode node, string path)
            => node as YamlMappingNode ?? throw Error(node, path, Describe(node), $"'{path}' must be a mapping (key: value lines)");

        private void CheckKeys(YamlMappingNode mapping, string prefix, IReadOnlyList<string> allowed)
        {
            foreach (var key in mapping.Children.Keys)
            {
                string name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : Describe(key);
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    throw Error(key, prefix + name, name, "unknown key; the keys allowed here are " + string.Join(", ", allowed));
                }
            }
        }

        private string Text(YamlNode node, string path)
            => node is YamlScalarNode scalar
                ? scalar.Value ?? string.Empty
                : throw Error(node, path, Describe(node), $"'{path}' must be text (a scalar), not a {(node is YamlSequenceNode ? "list" : "mapping")}");

        private string NonEmptyText(YamlNode node, string path)
        {
            string text = Text(node, path);
            return text.Trim().Length > 0 ? text : throw Error(node, path, text, $"'{path}' must not be empty");
        }

        private string[] TextList(YamlNode node, string path)
        {
            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node, path, Describe(node), $"'{path}' must be a list of texts ([\"…\", \"…\"] or - lines)");
            }

            return [.. sequence.Children.Select((item, i) => Text(item, $"{path}[{i}]"))];
        }

        private ClaimFileException Error(YamlNode node, string key, string value, string rule)
            => new(fileName, Line(node), (int)node.Start.Column, key, value, rule);

        private static string Describe(YamlNode node) => node switch
        {
            YamlScalarNode scalar => scalar.Value ?? string.Empty,
            YamlSequenceNode => "(a list)",
            YamlMappingNode => "(a mapping)",
            _ => "(an alias)",
        };
    }
}
