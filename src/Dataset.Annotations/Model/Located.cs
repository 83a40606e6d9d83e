using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Model;

/// <summary>A scalar value from the YAML together with where it was written.</summary>
internal sealed record Located(string Value, LocationInfo Location);
