using System.Text.Json.Serialization;

namespace Isnad.Corpus.Store;

/// <summary>Source-generated JSON for the chains kept beside each attribution.</summary>
[JsonSerializable(typeof(IReadOnlyList<StoredRelay>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class StoreJson : JsonSerializerContext;
