using Isnad.Cli.Commands;
using Isnad.Tests.Cli;
using Xunit;

namespace Isnad.Tests.Robustness;

/// <summary>No input makes <c>analyze</c> read without bound: past <c>--max-chars</c> it stops reading and fails with one line.</summary>
public sealed class BoundedInputTests
{
    private const string Sentence = "قال المتحدث إن اللجنة اجتمعت صباحاً لمناقشة الخطة. ";

    private static void AssertTooLong(CliRunner.Result result, string name, string limit)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"isnad: {name}: longer than the limit of {limit} characters for one document (raise it with --max-chars){Environment.NewLine}", result.Error);
    }

    [UnixFact]
    public void Dev_zero_stops_at_the_limit_with_exit_code_1()
    {
        AssertTooLong(CliRunner.Run("analyze", "--max-chars", "1000", "/dev/zero"), "/dev/zero", "1,000");
    }

    [Fact]
    public void An_endless_stdin_is_read_only_one_byte_past_what_the_limit_allows()
    {
        var endless = new EndlessStream();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new Isnad.Cli.CliContext(output, error, OutIsTerminal: false, () => endless);

        var code = Isnad.Cli.IsnadCli.Run(["analyze", "--max-chars", "500", "-"], context);

        Assert.Equal(1, code);
        Assert.Equal("isnad: <stdin>: longer than the limit of 500 characters for one document (raise it with --max-chars)" + Environment.NewLine, error.ToString());
        Assert.Equal(LimitedTextReader.MaxBytes(500) + 1, endless.Served);
        Assert.Equal(1504, LimitedTextReader.MaxBytes(500) + 1);
    }

    [Fact]
    public void A_file_one_character_over_the_limit_is_refused_and_one_at_the_limit_is_analysed()
    {
        using var folder = new TempFolder();
        var text = string.Concat(Enumerable.Repeat(Sentence, 4)).TrimEnd();
        var path = folder.File("article.txt", CliRunner.Utf8(text));
        var limit = text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var under = (text.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var accepted = CliRunner.Run("analyze", "--jsonl", "--max-chars", limit, path);
        var refused = CliRunner.Run("analyze", "--jsonl", "--max-chars", under, path);

        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal("", accepted.Error);
        AssertTooLong(refused, path, (text.Length - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_json_lines_article_over_the_limit_is_named()
    {
        using var folder = new TempFolder();
        var path = folder.File("articles.jsonl", CliRunner.Utf8("{\"id\":\"long-one\",\"text\":\"" + string.Concat(Enumerable.Repeat(Sentence, 10)) + "\"}\n"));

        AssertTooLong(CliRunner.Run("analyze", "--jsonl", "--max-chars", "100", path), "long-one", "100");
    }

    [Fact]
    public void A_text_longer_than_the_shipped_engine_limit_is_analysed_when_the_limit_is_raised()
    {
        using var folder = new TempFolder();
        var path = folder.File("article.txt", CliRunner.Utf8("قال سالم إن الجو حار."));

        var result = CliRunner.Run("analyze", "--jsonl", "--max-chars", "6000000", path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"schema\":\"isnad/1\",\"text\":\"قال سالم إن الجو حار.\"", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_limit_below_one_is_a_usage_error(string value)
    {
        var result = CliRunner.RunWithStdin(CliRunner.Utf8("قال سالم إن الجو حار."), "analyze", "--max-chars", value, "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("isnad: --max-chars: must be at least 1" + Environment.NewLine, result.Error);
    }

    /// <summary>Stdin that never ends (like <c>yes | isnad analyze -</c>), counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
