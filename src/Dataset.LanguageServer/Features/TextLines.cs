using System.Runtime.CompilerServices;
using Dataset.Annotations.Text;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// A text's line-start table (the engine's <see cref="LineMap"/>), made once per text and kept while the text lives:
/// every conversion between an offset and an LSP position, and every line a feature reads, goes through it. A document
/// version is one string, so each version is scanned once however many requests read it.
/// </summary>
internal sealed class TextLines
{
    private static readonly ConditionalWeakTable<string, TextLines> Tables = new();
    private readonly string _text;
    private readonly LineMap _map;

    private TextLines(string text)
    {
        _text = text;
        _map = new LineMap(text);
    }

    public static TextLines Of(string text) => Tables.GetValue(text, t => new TextLines(t));

    public int Count => _map.LineCount;

    /// <summary>A line's text without its line break.</summary>
    public string this[int line]
    {
        get
        {
            var (start, end) = _map.Line(line);
            return _text[start..end];
        }
    }

    /// <summary>The first line (at or after <paramref name="from"/>) that matches, or -1.</summary>
    public int FindIndex(Func<string, bool> match, int from = 0)
    {
        for (var line = from; line < Count; line++)
        {
            if (match(this[line]))
            {
                return line;
            }
        }

        return -1;
    }

    public Position PositionAt(int offset)
    {
        var (line, column) = _map.Position(offset);
        return new Position(line, column);
    }

    public int OffsetAt(Position position) => _map.Offset(position.Line, position.Character);

    public Protocol.Range RangeOf(int start, int end) => new(PositionAt(start), PositionAt(end));

    public Position End => PositionAt(_text.Length);
}
