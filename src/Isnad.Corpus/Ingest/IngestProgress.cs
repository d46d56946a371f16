namespace Isnad.Corpus.Ingest;

/// <summary>Where an ingest stands: inputs read, articles stored, already stored (skipped), rejected.</summary>
internal sealed record IngestProgress(int Read, int Stored, int AlreadyStored, int Rejected);

/// <summary>The end of an ingest: its counts, the rejected inputs in input order, and the elapsed time.</summary>
internal sealed record IngestSummary(int Read, int Stored, int AlreadyStored, IReadOnlyList<Store.StoredRejection> Rejected, TimeSpan Elapsed);
