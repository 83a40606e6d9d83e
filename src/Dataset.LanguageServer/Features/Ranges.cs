using Dataset.Annotations.Diagnostics;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Features;

/// <summary>Between the engine's locations (0-based lines, UTF-16 columns, as LSP counts) and LSP ranges.</summary>
internal static class Ranges
{
    public static Protocol.Range Of(LocationInfo location) =>
        new(new Position(location.StartLine, location.StartColumn), new Position(location.EndLine, location.EndColumn));

    public static bool Contains(LocationInfo location, Position position) =>
        (position.Line > location.StartLine || (position.Line == location.StartLine && position.Character >= location.StartColumn))
        && (position.Line < location.EndLine || (position.Line == location.EndLine && position.Character <= location.EndColumn));

    public static bool Overlap(Protocol.Range a, Protocol.Range b) =>
        Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0;

    public static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

    public static readonly Protocol.Range Start = new(new Position(0, 0), new Position(0, 0));
}
