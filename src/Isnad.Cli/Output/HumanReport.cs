using Isnad.Cli.Input;
using Isnad.Json;
using Isnad.Model;
using Spectre.Console;

namespace Isnad.Cli.Output;

/// <summary>
/// The readable summary of an analysis. Every line starts with an ASCII label and ends with the Arabic value, one
/// Arabic run per line, in logical order and without bidi control characters: a bidi-aware terminal then lays each
/// Arabic run out right-to-left, and a plain one still shows the characters intact (see README, "Arabic in a terminal").
/// Colour only on a terminal; piped output is plain text.
/// </summary>
internal sealed class HumanReport
{
    private readonly IAnsiConsole console;
    private readonly bool listTokens;
    private readonly bool explain;

    /// <summary>What the summary adds: each sentence's tokens; the rule trace under each attribution.</summary>
    public sealed record Options(bool ListTokens, bool Explain);

    public HumanReport(TextWriter output, bool decorate, bool listTokens)
        : this(output, decorate, new Options(listTokens, Explain: false))
    {
    }

    public HumanReport(TextWriter output, bool decorate, Options options)
    {
        listTokens = options.ListTokens;
        explain = options.Explain;
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = decorate ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = decorate ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        // Piped output is never wrapped: one record a line keeps it greppable. The width is unbounded rather than just
        // large: Spectre never returned from a line longer than a width of 2^20 (a one-sentence text of a megabyte).
        console.Profile.Width = decorate ? TerminalWidth() : int.MaxValue;
    }

    public void Write(Article article, Analysis analysis)
    {
        var text = analysis.Text;
        console.MarkupLine($"[bold]{Escape(article.Name)}[/]");
        var meta = analysis.Meta;
        if (meta.Outlet is not null || meta.Date is not null)
        {
            console.MarkupLine($"  [grey]outlet[/] {Escape(meta.Outlet ?? "-")}  [grey]date[/] {meta.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        }

        console.MarkupLine(
            $"  {analysis.Tokens.Count} tokens, {analysis.Sentences.Count} sentences, {analysis.Quotations.Count} quotations, " +
            $"{analysis.Entities.Count} entities, {analysis.Attributions.Count} attributions");

        if (analysis.Attributions.Count > 0)
        {
            console.MarkupLine("[underline]Attributions[/]");
            foreach (var attribution in analysis.Attributions)
            {
                WriteAttribution(attribution);
            }
        }

        if (analysis.Quotations.Count > 0)
        {
            console.MarkupLine("[underline]Quotations[/]");
            for (var i = 0; i < analysis.Quotations.Count; i++)
            {
                var quotation = analysis.Quotations[i];
                var state = quotation.Closed ? "closed" : "open";
                console.MarkupLine($"  {i + 1,3}  [grey]{Span(quotation.Start, quotation.End)} {state}[/]  {Escape(Flat(text[quotation.Start..quotation.End]))}");
            }
        }

        if (analysis.Sentences.Count > 0)
        {
            console.MarkupLine("[underline]Sentences[/]");
            for (var i = 0; i < analysis.Sentences.Count; i++)
            {
                var sentence = analysis.Sentences[i];
                console.MarkupLine($"  {i + 1,3}  [grey]{Span(sentence.Start, sentence.End)}[/]  {Escape(Flat(text[sentence.Start..sentence.End]))}");
                if (listTokens)
                {
                    WriteTokens(analysis, sentence.FirstToken, sentence.TokenCount);
                }
            }
        }

        if (analysis.Entities.Count > 0)
        {
            console.MarkupLine("[underline]Entities[/]");
            foreach (var entity in analysis.Entities)
            {
                var canonical = entity.Canonical is { } name && !string.Equals(name, entity.Text, StringComparison.Ordinal) ? $"  = {name}" : "";
                console.MarkupLine($"  [grey]{Span(entity.Span.Start, entity.Span.End)}[/] {entity.Type,-4}  {Escape(entity.Text + canonical)}");
            }
        }

        console.WriteLine();
    }

    private void WriteAttribution(Model.Attribution attribution)
    {
        var source = attribution.Source;
        console.MarkupLine($"  [bold yellow]{Escape(attribution.Id)}[/]  [grey]{AnalysisJsonWriter.FormName(attribution.Content.Form)}{(attribution.NestedIn is { } outer ? $", nested in {Escape(outer)}" : "")}[/]");
        console.MarkupLine($"    [grey]source [/]  [grey]{Span(source.Span.Start, source.Span.End)}[/] {AnalysisJsonWriter.KindName(source.Kind)}  [bold cyan]{Escape(Flat(source.Text))}[/]");
        if (source.Resolved is { } resolved)
        {
            console.MarkupLine($"    [grey]resolved[/] [grey]{Span(resolved.Span.Start, resolved.Span.End)}[/]  [cyan]{Escape(Flat(resolved.Text))}[/]");
        }

        if (source.Entity is { } entity)
        {
            console.MarkupLine($"    [grey]entity [/]  {Escape(entity)}");
        }

        if (source.Affiliation is { } affiliation)
        {
            console.MarkupLine($"    [grey]of     [/]  {Escape(affiliation)}");
        }

        if (attribution.Chain.Count == 0)
        {
            console.MarkupLine("    [grey]chain  [/]  (direct: no relay)");
        }

        for (var i = 0; i < attribution.Chain.Count; i++)
        {
            var relay = attribution.Chain[i];
            var label = i == 0 ? "chain  " : "       ";
            console.MarkupLine($"    [grey]{label}[/]  {i + 1}. [grey]{Span(relay.Span.Start, relay.Span.End)}[/] {AnalysisJsonWriter.KindName(relay.Kind)}  [magenta]{Escape(Flat(relay.Entity ?? relay.Text))}[/]");
        }

        console.MarkupLine($"    [grey]cue    [/]  [grey]{Span(attribution.Cue.Span.Start, attribution.Cue.Span.End)}[/]  [green]{Escape(attribution.Cue.Text)}[/]");
        if (!string.Equals(attribution.Cue.Lemma, attribution.Cue.Text, StringComparison.Ordinal))
        {
            console.MarkupLine($"    [grey]lemma  [/]  {Escape(attribution.Cue.Lemma)}");
        }

        console.MarkupLine($"    [grey]content[/]  [grey]{Span(attribution.Content.Span.Start, attribution.Content.Span.End)}[/]  {Escape(Flat(attribution.Content.Text))}");
        if (explain && attribution.Rule is { } rule)
        {
            console.MarkupLine($"    [grey]pattern[/]  {Escape(rule.Pattern)}");
            console.MarkupLine($"    [grey]found  [/]  content by {Escape(rule.Content)}");
            console.MarkupLine($"    [grey]vetoes [/]  passed {(rule.Vetoes.Count == 0 ? "none" : Escape(string.Join(", ", rule.Vetoes)))}");
            console.MarkupLine($"    [grey]resolve[/]  {Escape(rule.Resolution)}");
        }
    }

    /// <summary>Tokens of one sentence, clitics marked with '+' (و+قال ، ال+وزير).</summary>
    private void WriteTokens(Analysis analysis, int first, int count)
    {
        var text = analysis.Text;
        var parts = new List<string>(count);
        for (var i = first; i < first + count && i < analysis.Tokens.Count; i++)
        {
            var token = analysis.Tokens[i];
            var prefix = text[token.Start..token.StemStart];
            var stem = text[token.StemStart..token.StemEnd];
            var suffix = text[token.StemEnd..token.End];
            parts.Add((prefix.Length > 0 ? prefix + "+" : "") + stem + (suffix.Length > 0 ? "+" + suffix : ""));
        }

        console.MarkupLine($"       [grey]tokens[/]  {Escape(string.Join(" | ", parts))}");
    }

    private static string Span(int start, int end) => $"{start}-{end}";

    private static string Flat(string value) => value.ReplaceLineEndings(" ");

    /// <summary>
    /// Markup-escaped, and every control character of the input but the tab shown as <c>\uXXXX</c>, so no input (a
    /// text, an id, an outlet) can move the cursor, ring, recolour or retitle the terminal, or break a record's line.
    /// </summary>
    internal static string Escape(string value) => Markup.Escape(VisibleControls(value));

    private static string VisibleControls(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\0', '\u001f') && !value.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            return value;
        }

        var visible = new System.Text.StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (char.IsControl(c) && c != '\t')
            {
                visible.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
