namespace Isnad.Tests;

public sealed class PipelineTests
{
}
