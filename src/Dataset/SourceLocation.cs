using System.Globalization;

namespace Dataset;

/// <summary>
/// Where a record was declared: the annotation's path as the build saw it (relative to the project, <c>/</c>
/// separators), and the 1-based line and column of its <c>id</c> value. Records carry it as data but leave it out of
/// equality, so moving a declaration within its file does not make it another record.
/// </summary>
/// <param name="Path">The annotation's path relative to the project that compiled it.</param>
/// <param name="Line">The 1-based line of the record's <c>id</c>.</param>
/// <param name="Column">The 1-based column where the id's value starts.</param>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>Whether the record came from an annotation (records made by hand have no source).</summary>
    public bool IsKnown => Path is not null;

    /// <summary>The location as compilers print it: <c>path:line:column</c>.</summary>
    public override string ToString() =>
        IsKnown ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}") : string.Empty;
}
