using System.Buffers;
using System.Text;
using System.Text.Json;
using Isnad.Json;
using Isnad.Model;

namespace Isnad.Cli.Output;

/// <summary>
/// Streams analyses as JSON to a text writer: one object, an array of objects, or JSON Lines. Each analysis is
/// flushed as soon as it is written, so a corpus never has to fit in memory.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    public enum Shape
    {
        SingleObject,
        Array,
        Lines,
    }

    private readonly TextWriter output;
    private readonly Shape shape;
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly Utf8JsonWriter writer;
    private bool started;

    public JsonOutput(TextWriter output, Shape shape)
    {
        this.output = output;
        this.shape = shape;
        writer = new Utf8JsonWriter(buffer, AnalysisJsonWriter.Options(indented: shape != Shape.Lines));
    }

    public void Write(Analysis analysis)
    {
        switch (shape)
        {
            case Shape.Array:
                if (!started)
                {
                    writer.WriteStartArray();
                    started = true;
                }

                AnalysisJsonWriter.Write(writer, analysis);
                Drain();
                break;
            case Shape.Lines:
                AnalysisJsonWriter.Write(writer, analysis);
                Drain();
                output.Write('\n');
                writer.Reset();
                break;
            default:
                AnalysisJsonWriter.Write(writer, analysis);
                Drain();
                output.Write('\n');
                writer.Reset();
                break;
        }
    }

    /// <summary>Closes the array (an empty one if nothing was written).</summary>
    public void Complete()
    {
        if (shape != Shape.Array)
        {
            return;
        }

        if (!started)
        {
            writer.WriteStartArray();
            started = true;
        }

        writer.WriteEndArray();
        Drain();
        output.Write('\n');
    }

    public void Dispose() => writer.Dispose();

    private void Drain()
    {
        writer.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
