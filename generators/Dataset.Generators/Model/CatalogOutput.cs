using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Generators.Model;

/// <summary>The dataset-wide source and the project-wide problems reported with it (bad settings, clashing shards).</summary>
internal sealed record CatalogOutput(string Source, EquatableArray<DiagnosticInfo> Problems);
