using System.Collections.Generic;
using Dataset.Annotations.Pipeline;

namespace Dataset.Annotations.Caching;

/// <summary>
/// Every file's diagnostics as a complete analysis of a folder found them, filed under the digest of everything that
/// analysis read (<see cref="AnalysisCache.FolderDigest"/>): while no file, referenced dataset, base folder or tool
/// version changed, they are what an analysis would find again.
/// </summary>
internal sealed record RememberedDiagnostics(IReadOnlyDictionary<string, FileDiagnostics> Files);
