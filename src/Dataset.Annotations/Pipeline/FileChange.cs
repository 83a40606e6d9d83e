using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// One file of a folder as it is now: its content (<see cref="Text"/>, or its <see cref="Utf8"/> alone; neither when it
/// could not be read), or gone.
/// </summary>
internal readonly record struct FileChange(string Path, string? Text, bool Removed)
{
    /// <summary>
    /// The content as UTF-8, when the one who read it keeps it so: an article's is shared rather than encoded again, and
    /// a file read as UTF-8 alone (no <see cref="Text"/>) is decoded only by a stage that reads it, not when a cache
    /// has its result.
    /// </summary>
    public byte[]? Utf8 { get; init; }

    public static FileChange Write(string path, string? text) => new(path, text, false);

    /// <summary>A file read as UTF-8 (without a byte-order mark), held so until a stage needs its text.</summary>
    public static FileChange WriteUtf8(string path, byte[] utf8) => new(path, null, false) { Utf8 = utf8 };

    /// <summary>The content as text: <see cref="Text"/>, else its UTF-8 decoded, else null (it could not be read).</summary>
    public string? DecodedText() => Text ?? (Utf8 is { } utf8 ? Encoding.UTF8.GetString(utf8) : null);

    public static FileChange Remove(string path) => new(path, null, true);
}

/// <summary>
/// What one update of a <see cref="FolderAnalysis"/> did, by file: the annotations it parsed, those it validated
/// again, the articles whose coverage it measured again, and the files that are gone. What it did not name kept its
/// result: the work of an edit, counted.
/// </summary>
internal sealed record AnalysisUpdate(
    IReadOnlyCollection<string> Parsed,
    IReadOnlyCollection<string> Validated,
    IReadOnlyCollection<string> Covered,
    IReadOnlyCollection<string> Removed)
{
    /// <summary>False when the update was cancelled before every result was up to date: the next update finishes it.</summary>
    public bool Complete { get; init; } = true;

    /// <summary>Every file whose diagnostics may have changed (an article's coverage advice is reported on its annotation).</summary>
    public IEnumerable<string> Touched => Validated.Concat(Covered).Concat(Removed).Distinct(System.StringComparer.Ordinal);
}
