using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Text;

/// <summary>The lines (paragraphs) of an article and the 0-based line and column of an index, for locations in the text.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };
    private readonly string _text;

    public LineMap(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>How many lines the text has (an empty text, or one without a line break, has one).</summary>
    public int LineCount => _starts.Count;

    /// <summary>Each line's start and end, line breaks excluded.</summary>
    public IEnumerable<(int Start, int End)> Lines
    {
        get
        {
            for (var line = 0; line < _starts.Count; line++)
            {
                yield return Line(line);
            }
        }
    }

    /// <summary>One line's start and end, its line break excluded.</summary>
    public (int Start, int End) Line(int line)
    {
        var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
        while (end > _starts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return (_starts[line], end);
    }

    /// <summary>The index of a line and column, clamped to the text (a column past the line's end is its end).</summary>
    public int Offset(int line, int column)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= _starts.Count)
        {
            return _text.Length;
        }

        var (start, end) = Line(line);
        return start + System.Math.Min(System.Math.Max(column, 0), end - start);
    }

    public LocationInfo Locate(string path, int start, int end)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new LocationInfo(path, start, end, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The 0-based line and column of an index (clamped to the text).</summary>
    public (int Line, int Column) Position(int index)
    {
        index = System.Math.Min(System.Math.Max(index, 0), _text.Length);
        var line = _starts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return (line, index - _starts[line]);
    }
}
