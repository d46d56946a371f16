namespace Isnad.Corpus.Store;

/// <summary>A store that cannot be opened or used (wrong path, newer schema, unreachable server): one line for the user.</summary>
internal sealed class StoreError(string message, Exception? inner = null) : Exception(message, inner);
