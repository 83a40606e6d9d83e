using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dataset;

/// <summary>
/// The passage of an article that supports a statement or sanction, located with both W3C Web Annotation
/// selectors: a TextQuoteSelector (<see cref="Exact"/>, <see cref="Prefix"/>, <see cref="Suffix"/>) and a
/// TextPositionSelector (<see cref="Start"/>, <see cref="End"/>), computed at build time.
/// </summary>
/// <param name="Document">The article the passage is in.</param>
/// <param name="Exact">The passage, verbatim.</param>
/// <param name="Prefix">Up to 32 characters of the article just before the passage.</param>
/// <param name="Suffix">Up to 32 characters of the article just after the passage.</param>
/// <param name="Start">Offset of the first character of the passage in the article text (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character of the passage.</param>
/// <param name="StartLine">1-based line of the article where the passage starts.</param>
/// <param name="EndLine">1-based line of the article where the passage ends.</param>
public sealed record Evidence(
    DocumentId Document,
    string Exact,
    string Prefix,
    string Suffix,
    int Start,
    int End,
    int StartLine,
    int EndLine)
{
    [SuppressMessage("Style", "IDE0051", Justification = "The record's ToString calls it; the rule misses that (dotnet/roslyn#56960).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Member(nameof(Document), Document.Value, first: true)
            .Member(nameof(Exact), Exact)
            .Member(nameof(Prefix), Prefix)
            .Member(nameof(Suffix), Suffix)
            .Member(nameof(Start), RecordText.Number(Start))
            .Member(nameof(End), RecordText.Number(End))
            .Member(nameof(StartLine), RecordText.Number(StartLine))
            .Member(nameof(EndLine), RecordText.Number(EndLine));
        return true;
    }
}
