using System.Globalization;

namespace Isnad.Tests.Specs;

/// <summary>
/// Reads attribution spec files (format in Specs/README.md) into cases. Anything malformed throws
/// <see cref="SpecFormatException"/> naming the file and line, so a typo in a spec never turns into a silent pass.
/// Beyond the syntax it checks what can be checked without the engine: cues, contents and names occur in the passage.
/// </summary>
internal static class SpecParser
{
    private const string FieldSeparator = " | ";
    private const string AlternativeSeparator = " / ";
    private const string ChainSeparator = " > ";
    private const string NoChain = "—";
    private const string NoAttribution = "(none)";

    private static readonly string[] Kinds = ["person", "organization", "outlet", "anonymous", "document", "unknown"];
    private static readonly string[] Forms = ["direct", "indirect", "mixed"];

    public static IReadOnlyList<SpecCase> ParseFile(string path) =>
        Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static IReadOnlyList<SpecCase> Parse(string fileName, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var cases = new List<SpecCase>();
        var index = 0;

        SkipBlank(lines, ref index);
        if (index >= lines.Length || !lines[index].StartsWith("# ", StringComparison.Ordinal))
        {
            throw new SpecFormatException(fileName, index + 1, "a spec file starts with a '# title' line");
        }

        index++;
        SkipBlank(lines, ref index);
        while (index < lines.Length)
        {
            if (!lines[index].StartsWith("## ", StringComparison.Ordinal))
            {
                throw new SpecFormatException(fileName, index + 1, "expected a '## case title' line");
            }

            cases.Add(ParseCase(fileName, lines, ref index));
            SkipBlank(lines, ref index);
        }

        if (cases.Count == 0)
        {
            throw new SpecFormatException(fileName, 1, "no cases");
        }

        var duplicate = cases.GroupBy(c => c.Title, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SpecFormatException(fileName, duplicate.Last().Line, $"duplicate case title '{duplicate.Key}'");
        }

        return cases;
    }

    private static SpecCase ParseCase(string fileName, string[] lines, ref int index)
    {
        var headingLine = index + 1;
        var title = lines[index][3..].Trim();
        if (title.Length == 0)
        {
            throw new SpecFormatException(fileName, headingLine, "empty case title");
        }

        index++;
        SkipBlank(lines, ref index);

        string? outlet = null;
        DateOnly? date = null;
        string? gap = null;
        while (index < lines.Length && lines[index].StartsWith('@'))
        {
            ParseMeta(fileName, index + 1, lines[index], ref outlet, ref date, ref gap);
            index++;
            SkipBlank(lines, ref index);
        }

        var passageLines = new List<string>();
        while (index < lines.Length && lines[index] != ".")
        {
            if (lines[index].StartsWith("## ", StringComparison.Ordinal))
            {
                throw new SpecFormatException(fileName, index + 1, $"case '{title}' has no '.' line before the next case");
            }

            passageLines.Add(lines[index].TrimEnd());
            index++;
        }

        if (index >= lines.Length)
        {
            throw new SpecFormatException(fileName, headingLine, $"case '{title}' has no '.' line");
        }

        var passage = string.Join('\n', passageLines).Trim('\n', ' ');
        if (passage.Length == 0)
        {
            throw new SpecFormatException(fileName, headingLine, $"case '{title}' has an empty passage");
        }

        index++; // the '.' line
        var expectationLines = new List<(int Line, string Text)>();
        while (index < lines.Length && !lines[index].StartsWith("## ", StringComparison.Ordinal))
        {
            if (!string.IsNullOrWhiteSpace(lines[index]))
            {
                expectationLines.Add((index + 1, lines[index].Trim()));
            }

            index++;
        }

        var expected = ParseExpectations(fileName, headingLine, title, passage, expectationLines);
        return new SpecCase(fileName, headingLine, title, outlet, date, passage, expected, gap);
    }

    private static void ParseMeta(string fileName, int line, string text, ref string? outlet, ref DateOnly? date, ref string? gap)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var key = space < 0 ? text : text[..space];
        var value = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        switch (key)
        {
            case "@outlet" when value.Length > 0:
                outlet = value;
                break;
            case "@gap" when value.Length > 0:
                gap = value;
                break;
            case "@date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                date = parsed;
                break;
            default:
                throw new SpecFormatException(fileName, line, $"unknown or malformed meta line '{text}' (expected '@outlet NAME', '@date YYYY-MM-DD' or '@gap REASON')");
        }
    }

    private static List<ExpectedAttribution> ParseExpectations(
        string fileName, int headingLine, string title, string passage, List<(int Line, string Text)> lines)
    {
        if (lines.Count == 0)
        {
            throw new SpecFormatException(fileName, headingLine, $"case '{title}' has no expectations (write '{NoAttribution}' for none)");
        }

        if (lines.Count == 1 && lines[0].Text == NoAttribution)
        {
            return [];
        }

        var expected = lines.Select(l => ParseExpectation(fileName, l.Line, l.Text, passage)).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].NestedIn is not { } outer)
            {
                continue;
            }

            if (outer < 1 || outer > expected.Count || outer == i + 1)
            {
                throw new SpecFormatException(fileName, expected[i].Line, $"nested_in: {outer} does not name another line of this case");
            }

            var target = expected[outer - 1];
            if (target.NestedIn is not null || target.Optional)
            {
                throw new SpecFormatException(fileName, expected[i].Line, $"nested_in: {outer} must name a required, top-level line");
            }
        }

        return expected;
    }

    private static ExpectedAttribution ParseExpectation(string fileName, int line, string text, string passage)
    {
        if (text == NoAttribution)
        {
            throw new SpecFormatException(fileName, line, $"'{NoAttribution}' must be the only expectation line");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var optional = false;
        foreach (var field in text.Split(FieldSeparator))
        {
            var trimmed = field.Trim();
            if (trimmed == "optional")
            {
                optional = true;
                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new SpecFormatException(fileName, line, $"field '{trimmed}' is not 'name: value'");
            }

            var key = trimmed[..colon].Trim();
            var value = trimmed[(colon + 1)..].Trim();
            if (value.Length == 0 || !fields.TryAdd(key, value))
            {
                throw new SpecFormatException(fileName, line, $"field '{key}' is empty or repeated");
            }
        }

        string Required(string key) =>
            fields.TryGetValue(key, out var value) ? value : throw new SpecFormatException(fileName, line, $"missing field '{key}'");

        var known = new HashSet<string>(["cue", "source", "kind", "form", "chain", "content", "nested_in", "affiliation", "speaker"], StringComparer.Ordinal);
        var unknown = fields.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw new SpecFormatException(fileName, line, $"unknown field '{unknown}'");
        }

        var cue = Required("cue");
        var source = SplitAlternatives(Required("source"));
        var kind = Required("kind");
        var form = Required("form");
        var chainText = Required("chain");
        var content = Required("content");
        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new SpecFormatException(fileName, line, $"kind '{kind}' is not one of {string.Join(", ", Kinds)}");
        }

        if (!Forms.Contains(form, StringComparer.Ordinal))
        {
            throw new SpecFormatException(fileName, line, $"form '{form}' is not one of {string.Join(", ", Forms)}");
        }

        IReadOnlyList<IReadOnlyList<string>> chain = chainText == NoChain
            ? []
            : chainText.Split(ChainSeparator).Select(r => (IReadOnlyList<string>)SplitAlternatives(r)).ToList();

        int? nestedIn = null;
        if (fields.TryGetValue("nested_in", out var nestedText))
        {
            nestedIn = int.TryParse(nestedText, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new SpecFormatException(fileName, line, $"nested_in '{nestedText}' is not a number");
        }

        fields.TryGetValue("affiliation", out var affiliation);
        fields.TryGetValue("speaker", out var speaker);
        if (speaker is not null)
        {
            RequireInPassage(fileName, line, passage, "speaker", speaker);
        }

        // What the engine cannot be blamed for: the expectation must be about this passage.
        RequireInPassage(fileName, line, passage, "cue", cue);
        RequireInPassage(fileName, line, passage, "content", content);
        RequireNameInPassage(fileName, line, passage, "source", source);
        foreach (var relay in chain)
        {
            RequireNameInPassage(fileName, line, passage, "chain", relay);
        }

        if (affiliation is not null)
        {
            RequireNameInPassage(fileName, line, passage, "affiliation", [affiliation]);
        }

        return new ExpectedAttribution(line, cue, source, kind, form, chain, content, nestedIn, affiliation, optional, text) { Speaker = speaker };
    }

    private static List<string> SplitAlternatives(string value) =>
        value.Split(AlternativeSeparator).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();

    private static void RequireInPassage(string fileName, int line, string passage, string field, string value)
    {
        if (!passage.Contains(value, StringComparison.Ordinal))
        {
            throw new SpecFormatException(fileName, line, $"{field} '{value}' does not occur exactly in the passage");
        }
    }

    private static void RequireNameInPassage(string fileName, int line, string passage, string field, IReadOnlyList<string> names)
    {
        if (names.Count == 0 || !names.Any(n => NameMatcher.AnyContained([n], [passage])))
        {
            throw new SpecFormatException(fileName, line, $"{field} '{string.Join(AlternativeSeparator, names)}' names something not in the passage");
        }
    }

    private static void SkipBlank(string[] lines, ref int index)
    {
        while (index < lines.Length && string.IsNullOrWhiteSpace(lines[index]))
        {
            index++;
        }
    }
}
