using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Coverage;

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

    /// <summary>Each line's start and end, line breaks excluded.</summary>
    public IEnumerable<(int Start, int End)> Lines
    {
        get
        {
            for (var line = 0; line < _starts.Count; line++)
            {
                var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
                while (end > _starts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
                {
                    end--;
                }

                yield return (_starts[line], end);
            }
        }
    }

    public LocationInfo Locate(string path, int start, int end)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new LocationInfo(path, start, end, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int index)
    {
        var line = _starts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return (line, index - _starts[line]);
    }
}
