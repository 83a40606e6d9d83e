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

    /// <summary>The range of characters <paramref name="start"/>..<paramref name="end"/> of a text.</summary>
    public static Protocol.Range OfOffsets(string text, int start, int end) => new(PositionAt(text, start), PositionAt(text, end));

    public static Position PositionAt(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, offset - lineStart);
    }

    public static readonly Protocol.Range Start = new(new Position(0, 0), new Position(0, 0));
}
