using System.Text;
using System.Text.Json;

namespace Isnad.Cli.Commands;

/// <summary>
/// Rows printed three ways: a readable table (columns padded, the last one, where the Arabic text goes, left unpadded
/// at the end of the line, as the analyze summary does), JSON (an array of objects) or CSV (RFC 4180).
/// </summary>
internal sealed class ResultTable(IReadOnlyList<string> columns)
{
    private readonly List<object?[]> rows = [];

    public void Add(params object?[] values) => rows.Add(values);

    public void Write(TextWriter output, bool json, bool csv)
    {
        if (json)
        {
            WriteJson(output);
        }
        else if (csv)
        {
            WriteCsv(output);
        }
        else
        {
            WriteText(output);
        }
    }

    private void WriteText(TextWriter output)
    {
        // An empty cell is shown as "-" so that columns stay readable; JSON has null and CSV an empty field.
        var cells = rows.Select(row => row.Select(value => Format(value) is { Length: > 0 } text ? text : "-").ToArray()).Prepend(columns.ToArray()).ToList();
        var widths = Enumerable.Range(0, columns.Count).Select(c => cells.Max(row => row[c].Length)).ToArray();
        foreach (var row in cells)
        {
            var line = new StringBuilder();
            for (var c = 0; c < columns.Count; c++)
            {
                line.Append(c < columns.Count - 1 ? row[c].PadRight(widths[c] + 2) : row[c]);
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private void WriteCsv(TextWriter output) => WriteCsvRows(output, header: true);

    /// <summary>The rows as CSV, after the header line when <paramref name="header"/> (for output written in parts).</summary>
    public void WriteCsvRows(TextWriter output, bool header)
    {
        if (header)
        {
            output.WriteLine(string.Join(',', columns.Select(Quote)));
        }

        foreach (var row in rows)
        {
            output.WriteLine(string.Join(',', row.Select(value => Quote(Format(value)))));
        }
    }

    private void WriteJson(TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Isnad.Json.AnalysisJsonWriter.Options(indented: true)))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (var c = 0; c < columns.Count; c++)
                {
                    writer.WritePropertyName(columns[c]);
                    switch (row[c])
                    {
                        case null:
                            writer.WriteNullValue();
                            break;
                        case int number:
                            writer.WriteNumberValue(number);
                            break;
                        case double number:
                            writer.WriteNumberValue(Math.Round(number, 4));
                            break;
                        case IReadOnlyList<(string Name, int Count)> counts:
                            writer.WriteStartObject();
                            foreach (var (key, count) in counts)
                            {
                                writer.WriteNumber(key, count);
                            }

                            writer.WriteEndObject();
                            break;
                        default:
                            writer.WriteStringValue(Format(row[c]));
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double number => number.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
        IReadOnlyList<(string Name, int Count)> counts => string.Join(" ", counts.Select(c => $"{(c.Name.Length == 0 ? "-" : c.Name)}:{c.Count}")),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
