using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Adjudication;

/// <summary>
/// A YAML file as lines to insert into, keeping its own line ends: insertions are collected against the original
/// line numbers and applied at once, so that each one can be planned from the file as read.
/// </summary>
internal sealed class YamlLines
{
    private readonly string[] _lines;
    private readonly string _newline;
    private readonly List<(int After, int Order, IReadOnlyList<string> Lines)> _insertions = new();
    private readonly Dictionary<int, string> _replaced = new();

    public YamlLines(string text)
    {
        _newline = text.Contains("\r\n") ? "\r\n" : "\n";
        _lines = text.Replace("\r\n", "\n").Split('\n');
    }

    public string this[int line] => _replaced.TryGetValue(line, out var text) ? text : _lines[line];

    public int Count => _lines.Length;

    /// <summary>Lines to add after line <paramref name="after"/> (0-based; −1 before the first), after those added there before.</summary>
    public void InsertAfter(int after, IReadOnlyList<string> added) => _insertions.Add((after, _insertions.Count, added));

    public void Replace(int line, string text) => _replaced[line] = text;

    public override string ToString()
    {
        var result = new List<string>();
        var byLine = _insertions.OrderBy(i => i.Order).ToLookup(i => i.After);
        result.AddRange(byLine[-1].SelectMany(i => i.Lines));
        for (var i = 0; i < _lines.Length; i++)
        {
            result.Add(this[i]);
            result.AddRange(byLine[i].SelectMany(x => x.Lines));
        }

        return string.Join(_newline, result);
    }

    /// <summary>The lines <paramref name="first"/> to <paramref name="last"/> of a text, without line ends.</summary>
    public static IReadOnlyList<string> Slice(string text, int first, int last) =>
        text.Replace("\r\n", "\n").Split('\n').Skip(first).Take(last - first + 1).ToList();
}
