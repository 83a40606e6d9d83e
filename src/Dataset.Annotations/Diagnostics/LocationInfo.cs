namespace Dataset.Annotations.Diagnostics;

/// <summary>
/// Where something is in a YAML file: path, character span and 0-based line/column span. Plain data, so models that
/// carry it compare by value; the build makes it a compiler location only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static LocationInfo StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    /// <summary>For diagnostics that belong to no file, such as a bad MSBuild property.</summary>
    public static readonly LocationInfo None = new(string.Empty, 0, 0, 0, 0, 0, 0);

    /// <summary>The 1-based "line,column" form the compiler prints, for messages.</summary>
    public string ToDisplay() => $"{StartLine + 1},{StartColumn + 1}";
}
