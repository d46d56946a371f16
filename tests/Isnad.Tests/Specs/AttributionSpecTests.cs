using System.Text;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Specs;

/// <summary>
/// Runs every case of Specs/*.md through the engine and compares its attributions with the expectation lines
/// (rules in Specs/README.md).
/// </summary>
public sealed class AttributionSpecTests
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var specCase in SpecLibrary.Cases)
        {
            data.Add(specCase.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case(string id)
    {
        var specCase = SpecLibrary.Cases.Single(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        var analysis = Pipeline.Default.Analyze(specCase.Passage, new ArticleMeta(Outlet: specCase.Outlet, Date: specCase.Date));
        var problems = Compare(specCase.Expected, analysis.Attributions, specCase.Passage);
        if (specCase.IsKnownGap)
        {
            // A known gap of the engine: the expectation stays exact, and the case must still fail, so that a fix is
            // noticed and the marker removed.
            Assert.True(problems.Count > 0, $"{specCase.File}:{specCase.Line} '{specCase.Title}' now passes: remove its '@gap {specCase.Gap}' line");
            return;
        }

        if (problems.Count > 0)
        {
            Assert.Fail(Report(specCase, analysis.Attributions, problems));
        }
    }

    [Fact]
    public void KnownGapsStayFew()
    {
        // The engine must meet at least 210 cases in full; known gaps are counted, not hidden.
        var met = SpecLibrary.Cases.Count(c => !c.IsKnownGap);
        Assert.True(met >= 210, $"only {met} cases are expected to pass in full");
    }

    [Fact]
    public void TheSpecsHoldEnoughCases()
    {
        var files = SpecLibrary.Files().ToList();
        Assert.True(files.Count >= 10, $"expected at least 10 spec files, found {files.Count}");
        Assert.True(SpecLibrary.Cases.Count >= 170, $"expected at least 170 cases, found {SpecLibrary.Cases.Count}");
    }

    /// <summary>Every difference between the expectations and the engine's attributions, as readable sentences.</summary>
    internal static List<string> Compare(IReadOnlyList<ExpectedAttribution> expected, IReadOnlyList<Attribution> actual, string? passage = null)
    {
        var problems = new List<string>();
        var topLevel = actual.Where(a => a.NestedIn is null).OrderBy(a => a.Cue.Span.Start).ToList();

        // Optional lines (stance cues) are accepted whether or not the engine reports them: take the match out.
        // A stance cue's content is loosely defined, so when its cue word is used by no other line, the cue alone decides.
        foreach (var optional in expected.Where(e => e.Optional && e.NestedIn is null))
        {
            var cueIsUnique = expected.Count(e => string.Equals(e.Cue, optional.Cue, StringComparison.Ordinal)) == 1;
            var match = topLevel.FirstOrDefault(a => IsSameStatement(optional, a))
                ?? (cueIsUnique ? topLevel.FirstOrDefault(a => string.Equals(a.Cue.Text, optional.Cue, StringComparison.Ordinal)) : null);
            if (match is not null)
            {
                topLevel.Remove(match);
            }
        }

        var required = expected.Where(e => !e.Optional && e.NestedIn is null).ToList();
        if (required.Count != topLevel.Count)
        {
            problems.Add($"expected {required.Count} top-level attribution(s), the engine reported {topLevel.Count}");
        }

        var pairedIds = new Dictionary<int, string>();
        for (var i = 0; i < Math.Min(required.Count, topLevel.Count); i++)
        {
            var position = IndexOf(expected, required[i]) + 1;
            pairedIds[position] = topLevel[i].Id;
            problems.AddRange(CompareOne(position, required[i], topLevel[i], passage));
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var line = expected[i];
            if (line.NestedIn is not { } outer)
            {
                continue;
            }

            var match = actual.FirstOrDefault(a => a.NestedIn is not null && IsSameStatement(line, a));
            if (match is null)
            {
                if (!line.Optional)
                {
                    problems.Add($"line {i + 1}: nested attribution '{line.Cue}' not reported");
                }

                continue;
            }

            if (!pairedIds.TryGetValue(outer, out var outerId) || !string.Equals(match.NestedIn, outerId, StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: nested_in is {match.NestedIn}, expected the attribution of line {outer} ({outerId ?? "not reported"})");
            }

            problems.AddRange(CompareOne(i + 1, line, match, passage));
        }

        return problems;
    }

    private static int IndexOf(IReadOnlyList<ExpectedAttribution> expected, ExpectedAttribution line)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (ReferenceEquals(expected[i], line))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSameStatement(ExpectedAttribution line, Attribution attribution)
    {
        if (!string.Equals(line.Cue, attribution.Cue.Text, StringComparison.Ordinal))
        {
            return false;
        }

        var content = attribution.Content.Text.Trim();
        return content.Length > 0
            && (content.Contains(line.Content, StringComparison.Ordinal) || line.Content.Contains(content, StringComparison.Ordinal));
    }

    private static IEnumerable<string> CompareOne(int position, ExpectedAttribution line, Attribution attribution, string? passage)
    {
        var prefix = $"line {position} ('{line.Cue}')";
        if (!string.Equals(line.Cue, attribution.Cue.Text, StringComparison.Ordinal))
        {
            yield return $"{prefix}: cue is '{attribution.Cue.Text}'";
        }

        var source = attribution.Source;
        if (!NameMatcher.AnyContained(line.Source, [source.Text, source.Entity, source.Affiliation, source.Resolved?.Text]))
        {
            yield return $"{prefix}: source '{string.Join(" / ", line.Source)}' not found in '{Describe(source)}'";
        }

        if (!Enum.TryParse<SourceKind>(line.Kind, ignoreCase: true, out var kind) || kind != source.Kind)
        {
            yield return $"{prefix}: kind is {source.Kind}, expected {line.Kind}";
        }

        if (!Enum.TryParse<ContentForm>(line.Form, ignoreCase: true, out var form) || form != attribution.Content.Form)
        {
            yield return $"{prefix}: form is {attribution.Content.Form}, expected {line.Form}";
        }

        if (!ChainMatches(line.Chain, attribution.Chain))
        {
            yield return $"{prefix}: chain is [{DescribeChain(attribution.Chain)}], expected [{string.Join(" > ", line.Chain.Select(r => string.Join(" / ", r)))}]";
        }

        if (!string.Equals(line.Content, attribution.Content.Text.Trim(), StringComparison.Ordinal))
        {
            yield return $"{prefix}: content is «{attribution.Content.Text}», expected «{line.Content}»";
        }

        if (line.Speaker is not null && passage is not null && SpeakerSpanProblem(line.Speaker, attribution, passage) is { } speakerProblem)
        {
            yield return $"{prefix}: {speakerProblem}";
        }

        if (line.Affiliation is not null && !NameMatcher.AnyContained([line.Affiliation], [source.Affiliation]))
        {
            yield return $"{prefix}: affiliation is '{source.Affiliation}', expected '{line.Affiliation}'";
        }
    }

    /// <summary>The source's span must be exactly the expected words, at their occurrence nearest the cue.</summary>
    private static string? SpeakerSpanProblem(string speaker, Attribution attribution, string passage)
    {
        var nearest = -1;
        for (var at = passage.IndexOf(speaker, StringComparison.Ordinal); at >= 0; at = passage.IndexOf(speaker, at + 1, StringComparison.Ordinal))
        {
            if (nearest < 0 || Math.Abs(at - attribution.Cue.Span.Start) < Math.Abs(nearest - attribution.Cue.Span.Start))
            {
                nearest = at;
            }
        }

        var span = attribution.Source.Span;
        return span.Start == nearest && span.End == nearest + speaker.Length
            ? null
            : $"speaker is «{attribution.Source.Text}» at {span.Start}-{span.End}, expected «{speaker}» at {nearest}-{nearest + speaker.Length}";
    }

    private static bool ChainMatches(IReadOnlyList<IReadOnlyList<string>> expected, IReadOnlyList<Relay> actual) =>
        expected.Count == actual.Count
        && expected.Zip(actual).All(pair => NameMatcher.AnyContained(pair.First, [pair.Second.Text, pair.Second.Entity]));

    private static string Report(SpecCase specCase, IReadOnlyList<Attribution> actual, List<string> problems)
    {
        var report = new StringBuilder();
        report.AppendLine($"{specCase.File}:{specCase.Line} {specCase.Title}");
        report.AppendLine("Problems:");
        foreach (var problem in problems)
        {
            report.AppendLine($"  - {problem}");
        }

        report.AppendLine("Expected:");
        if (specCase.Expected.Count == 0)
        {
            report.AppendLine("  (none)");
        }

        for (var i = 0; i < specCase.Expected.Count; i++)
        {
            report.AppendLine($"  {i + 1}. {specCase.Expected[i].Raw}");
        }

        report.AppendLine("Actual:");
        if (actual.Count == 0)
        {
            report.AppendLine("  (none)");
        }

        foreach (var attribution in actual.OrderBy(a => a.Cue.Span.Start))
        {
            report.AppendLine($"  {attribution.Id}. {Describe(attribution)}");
        }

        return report.ToString();
    }

    private static string Describe(Attribution attribution) =>
        $"cue: {attribution.Cue.Text} | source: {Describe(attribution.Source)} | kind: {attribution.Source.Kind} | "
        + $"form: {attribution.Content.Form} | chain: {(attribution.Chain.Count == 0 ? "—" : DescribeChain(attribution.Chain))} | "
        + $"content: {attribution.Content.Text}"
        + (attribution.NestedIn is null ? string.Empty : $" | nested_in: {attribution.NestedIn}");

    private static string Describe(Source source)
    {
        var text = source.Text;
        if (source.Resolved is not null)
        {
            text += $" → {source.Resolved.Text}";
        }

        if (source.Entity is not null)
        {
            text += $" [{source.Entity}]";
        }

        if (source.Affiliation is not null)
        {
            text += $" (affiliation: {source.Affiliation})";
        }

        return text;
    }

    private static string DescribeChain(IReadOnlyList<Relay> chain) =>
        string.Join(" > ", chain.Select(r => r.Entity is null ? r.Text : $"{r.Text} [{r.Entity}]"));
}
