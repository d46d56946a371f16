using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Isnad.Corpus.Queue;

/// <summary>
/// The worker's log: one line an event, either <c>time level event key=value…</c> or (JSON) one object a line with
/// <c>time</c>, <c>level</c>, <c>event</c> and the fields, for log collectors. Safe to call from several threads.
/// </summary>
internal sealed class WorkerLog(TextWriter output, bool json)
{
    private readonly Lock gate = new();

    public void Info(string name, params (string Key, object? Value)[] fields) => Write("info", name, fields);

    public void Warn(string name, params (string Key, object? Value)[] fields) => Write("warn", name, fields);

    public void Error(string name, params (string Key, object? Value)[] fields) => Write("error", name, fields);

    private void Write(string level, string name, (string Key, object? Value)[] fields)
    {
        var time = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var line = json ? Json(time, level, name, fields) : Text(time, level, name, fields);
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private static string Json(string time, string level, string name, (string Key, object? Value)[] fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("time", time);
            writer.WriteString("level", level);
            writer.WriteString("event", name);
            foreach (var (key, value) in fields)
            {
                switch (value)
                {
                    case null:
                        writer.WriteNull(key);
                        break;
                    case int or long or double:
                        writer.WriteNumber(key, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                        break;
                    case bool flag:
                        writer.WriteBoolean(key, flag);
                        break;
                    default:
                        writer.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Text(string time, string level, string name, (string Key, object? Value)[] fields)
    {
        var line = new StringBuilder().Append(time).Append(' ').Append(level).Append(' ').Append(name);
        foreach (var (key, value) in fields)
        {
            var text = value is bool flag ? (flag ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
            line.Append(' ').Append(key).Append('=').Append(text.Contains(' ', StringComparison.Ordinal) ? JsonSerializer.Serialize(text) : text);
        }

        return line.ToString();
    }
}
