using System.Collections.Generic;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// What an update checks before the rest: <paramref name="All"/> the annotations and articles of the group, and
/// <paramref name="Texts"/> the articles among them whose evidence is still to be located.
/// </summary>
internal sealed record FirstGroup(IReadOnlyCollection<string> All, IReadOnlyCollection<string> Texts);
